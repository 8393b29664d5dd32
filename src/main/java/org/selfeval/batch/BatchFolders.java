package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The four folders of a batch run, absolute. */
public record BatchFolders(Path inbox, Path out, Path archive, Path failed) {

    public BatchFolders {
        inbox = inbox.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        archive = archive.toAbsolutePath().normalize();
        failed = failed.toAbsolutePath().normalize();
    }

    /**
     * Creates the output folders that are missing; names the one that cannot be created and why. A
     * missing inbox is created only on {@code init} (first set-up): otherwise it is most likely a
     * mistyped path, and a run that made it would report "0 份" forever.
     */
    public void create(boolean init) throws UnusableFolderException {
        if (!init && !Files.isDirectory(inbox)) {
            throw new UnusableFolderException(
                    "收件文件夹 "
                            + inbox
                            + (Files.exists(inbox) ? " 不是文件夹" : " 不存在")
                            + "：请检查 --inbox 的路径。首次部署时可加 --init，创建收件、输出、归档和失败文件夹。");
        }
        refuseInsideInbox(out, "输出文件夹", "--out");
        refuseInsideInbox(archive, "归档文件夹", "--archive");
        refuseInsideInbox(failed, "失败文件夹", "--failed");
        createFolder(inbox, "收件文件夹");
        createFolder(out, "输出文件夹");
        createFolder(archive, "归档文件夹");
        createFolder(failed, "失败文件夹");
    }

    /**
     * Anything the run writes inside the inbox would be taken for a submission (or a stray file)
     * next round.
     */
    private void refuseInsideInbox(Path folder, String what, String option)
            throws UnusableFolderException {
        if (folder.startsWith(inbox)) {
            throw new UnusableFolderException(
                    what
                            + " "
                            + folder
                            + " 在收件文件夹 "
                            + inbox
                            + " 之内（或与它相同）：其中的文件会被当作新的提交。请用 "
                            + option
                            + " 指定收件文件夹以外的位置。");
        }
    }

    public static void createFolder(Path folder, String what) throws UnusableFolderException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UnusableFolderException(
                    what + " " + folder + " 已存在同名文件，不是文件夹；请改用其他路径或移走该文件。");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UnusableFolderException(
                    "无法创建" + what + " " + folder + "（" + e.getMessage() + "）；请检查路径和写入权限。");
        }
        if (!Files.isWritable(folder)) {
            throw new UnusableFolderException(what + " " + folder + " 不可写入；请检查权限。");
        }
    }

    /** A folder the run needs but cannot use; the message is for people. */
    public static final class UnusableFolderException extends Exception {
        public UnusableFolderException(String message) {
            super(message);
        }
    }
}
