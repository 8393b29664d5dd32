package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** A file-system failure told in Chinese for the console: what went wrong and on which path. */
public final class IoProblem {

    private IoProblem() {}

    public static String describe(IOException e) {
        // already told in Chinese with its path and what to do (the record's full disk)
        if (e.getMessage() != null && e.getMessage().startsWith("磁盘空间已满")) return e.getMessage();
        String where =
                e instanceof FileSystemException fs && fs.getOtherFile() != null
                        ? fs.getOtherFile()
                        : e instanceof FileSystemException fs && fs.getFile() != null
                                ? fs.getFile()
                                : "";
        String reason =
                e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        String lower = (reason + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")
                || lower.contains("disk full")
                || lower.contains("not enough space")) {
            return "磁盘空间已满" + at(where) + "，请清理磁盘后重新运行";
        }
        if (lower.contains("being used by another process")
                || lower.contains("text file busy")
                || lower.contains("resource busy"))
            return "文件正被其他程序打开" + at(where) + "，请关闭它（如 Excel、WPS）后重新运行";
        if (lower.contains("read-only file system"))
            return "文件系统为只读" + at(where) + "，请检查输出文件夹所在的磁盘";
        if (e instanceof AccessDeniedException) return "没有写入权限" + at(where) + "，请检查文件夹权限";
        if (e instanceof DirectoryNotEmptyException
                || e instanceof FileAlreadyExistsException
                || lower.contains("is a directory")
                || lower.contains("not a directory")) {
            return "目标位置已被同名的文件夹或文件占用" + at(where) + "，请移走它后重新运行";
        }
        if (e instanceof NoSuchFileException) return "文件或文件夹不存在" + at(where);
        // one of this program's own (told in Chinese already), or a library's
        if (e.getClass() == IOException.class && e.getMessage() != null) return e.getMessage();
        return e.getClass().getSimpleName() + "：" + e.getMessage();
    }

    private static String at(String where) {
        return where.isEmpty() ? "" : "（" + where + "）";
    }
}
