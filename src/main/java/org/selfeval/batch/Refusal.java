package org.selfeval.batch;

import java.nio.file.Path;
import java.time.Duration;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.publish.RefusedFile;

/**
 * Why a submission was not converted at all, before or instead of the pipeline: the console line,
 * the reason filed beside it in failed/ (null: nothing to file, e.g. the file vanished) and how it
 * is counted.
 */
record Refusal(String line, String reason, Tally.Kind kind) {

    /**
     * How a filed refusal's line begins: the status it leaves its department in (read back by
     * {@link RefusedFile#unreadable}). A file that is not in a form selfeval takes is 格式不支持; one
     * that could not be read at all (permission, not a file, a time-out, a zip that does not
     * unpack, a name not in the system's encoding) is 无法读取.
     */
    private static final String FORMAT = RefusedFile.FORMAT + "：";

    private static final String UNREADABLE = RefusedFile.UNREADABLE + "：";

    static Refusal timedOut(Path submission, Duration limit) {
        return new Refusal(
                UNREADABLE + "处理超时（超过 " + limit.toSeconds() + " 秒），已放弃，移入失败文件夹",
                "处理超时：读取和转换该提交超过了 "
                        + limit.toSeconds()
                        + " 秒的时限，已放弃，未生成报告。\n"
                        + "常见原因是工作簿中有大量多余的行、格式或公式。请用 Excel 或 WPS 打开，删除多余的行和格式后另存为 .xlsx，"
                        + "再重新放入收件文件夹；若文件确实无误，请联系运维人员（可用 --timeout 调整时限）。",
                Tally.Kind.TIMED_OUT);
    }

    static Refusal noPermission(Path submission, Exception e) {
        return new Refusal(
                UNREADABLE + "没有读取权限，移入失败文件夹",
                "无法读取：selfeval 没有读取“"
                        + submission.getFileName()
                        + "”的权限，未生成报告。\n"
                        + "请运维人员检查该文件的权限（运行 selfeval 的账户需要能读取收件文件夹中的文件），再重新放入收件文件夹。",
                Tally.Kind.REFUSED);
    }

    static Refusal notAFile(Path submission) {
        return new Refusal(
                UNREADABLE + "不是普通文件，移入失败文件夹",
                "无法读取：“"
                        + submission.getFileName()
                        + "”不是普通文件（可能是指向已不存在文件的快捷方式或链接、管道或设备），"
                        + "未生成报告。\n请把填好的工作簿本身（而不是快捷方式）放入收件文件夹。",
                Tally.Kind.REFUSED);
    }

    /**
     * A file of a format selfeval does not read: what it is and what the clerk should do instead.
     */
    static Refusal unsupported(Path file) {
        String name = String.valueOf(file.getFileName());
        String ext = SubmissionFinder.extension(file);
        String what =
                switch (ext) {
                    case "ods",
                            "et",
                            "ett",
                            "numbers",
                            "xlsb",
                            "xltx",
                            "xltm",
                            "xlt",
                            "wps",
                            "dbf" ->
                            "是 ."
                                    + ext
                                    + " 格式的表格，selfeval 只读取 .xlsx、.xls 和 .csv。\n"
                                    + "请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx），再重新放入收件文件夹。";
                    case "docx", "doc", "wpt", "rtf", "pdf", "ofd", "txt", "md", "html", "htm" ->
                            "是文档，不是填报用的工作簿；报告由 selfeval 根据工作簿生成。\n" + "请把填好的自评表模板（.xlsx）放入收件文件夹。";
                    case "rar", "7z", "gz", "tar", "tgz" ->
                            "是 ."
                                    + ext
                                    + " 压缩包，selfeval 只解开 .zip。\n"
                                    + "请解压后，把其中填好的工作簿（或存放一套表格的文件夹）放入收件文件夹，或改用 .zip 压缩。";
                    case "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff" ->
                            "是图片，无法从中读取数据。\n请把填好的自评表模板（.xlsx）本身放入收件文件夹，不要截图或拍照。";
                    default ->
                            "不是自评表（.xlsx、.xls、.csv 工作簿或存放一套表格的文件夹）。\n"
                                    + "请把填好的自评表模板（.xlsx）放入收件文件夹；如是 WPS 或其他软件的文件，请另存为 .xlsx。";
                };
        return new Refusal(
                FORMAT + "不是可处理的自评表（." + (ext.isEmpty() ? "无扩展名" : ext) + "），移入失败文件夹",
                "无法处理：“" + name + "”" + what,
                Tally.Kind.REFUSED);
    }

    /**
     * Files that each name a department (a 基本信息 sheet) but are not complete workbooks, read
     * together: whose other sheets are whose cannot be told, so none is judged and no department is
     * charged with them.
     */
    static Refusal severalSubmissions(Path submission, java.util.List<Path> naming) {
        java.util.List<String> whose = naming.stream().map(SubmissionIdentity::stated).toList();
        return new Refusal(
                FORMAT + "含有 " + naming.size() + " 个带“基本信息”表的文件，分不清各表属于哪份提交，移入失败文件夹（未计入任何部门）",
                "无法处理：“"
                        + submission.getFileName()
                        + "”中有 "
                        + naming.size()
                        + " 个文件各自带有“基本信息”表：\n  "
                        + String.join("\n  ", whose)
                        + "\n一份拆分提交只能有一个文件含“基本信息”表，且各文件的工作表互不重复、合起来正好是一套完整的表格；"
                        + "这里分不清其余的表格属于哪个部门，因此都未处理。\n"
                        + "请把每个部门的表格分别放入收件文件夹（每个部门一个工作簿，或一个子文件夹放一套拆分的表格）。",
                Tally.Kind.REFUSED);
    }

    /**
     * A zip holding several departments' submissions (complete workbooks, or one beside another
     * split one). A zip is one delivered file, archived and recognised by its bytes as a whole, so
     * it is not taken apart: refused, charged to no department, naming whose workbooks it holds and
     * how to hand them in (a folder in the inbox is divided into its submissions).
     */
    static Refusal severalDepartments(Path zip, SubmissionIdentity.Parts parts) {
        java.util.List<String> whose = new java.util.ArrayList<>();
        for (Path p : parts.own()) whose.add(SubmissionIdentity.stated(p));
        for (Path p : parts.restNaming()) whose.add(SubmissionIdentity.stated(p) + "（拆分提交）");
        return new Refusal(
                FORMAT
                        + "含有 "
                        + whose.size()
                        + " 份提交（"
                        + String.join("；", whose)
                        + "），一个压缩包只能是一份提交，移入失败文件夹（未计入任何部门）",
                "无法处理：“"
                        + zip.getFileName()
                        + "”中有 "
                        + whose.size()
                        + " 份提交：\n  "
                        + String.join("\n  ", whose)
                        + "\n一个压缩包只能是一份提交（一个工作簿，或一套拆分的表格），以免把一个部门的表格算到另一个部门。\n"
                        + "请解压后，把每个工作簿分别放入收件文件夹（或把它们放在收件文件夹的一个子文件夹中，"
                        + "selfeval 会把其中每份完整的自评表分别处理），各部门的结果互不影响。",
                Tally.Kind.REFUSED);
    }

    static Refusal unsafeZip(Path zip, String why) {
        return new Refusal(
                UNREADABLE + "压缩包无法解开（" + why + "），移入失败文件夹",
                "无法处理：“"
                        + zip.getFileName()
                        + "”："
                        + why
                        + "。\n"
                        + "请解压后，把其中填好的工作簿（或存放一套表格的文件夹）直接放入收件文件夹；一个压缩包只能放一份提交。",
                Tally.Kind.REFUSED);
    }

    /**
     * Read while it was taken away or changed: what was read is not its content, so nothing is
     * judged.
     */
    static Refusal changedWhileRead() {
        return new Refusal("在处理期间被移走或改动，跳过（未作判定，下次运行时重新处理）", null, Tally.Kind.VANISHED);
    }

    /**
     * An I/O error of the disk or share while reading: the environment's fault, retried next run.
     */
    static Refusal readFailed() {
        return new Refusal(
                "读取时发生输入输出错误（不是文件内容的问题），已留在收件文件夹，下次运行时重试；请检查磁盘或共享文件夹",
                null,
                Tally.Kind.INTERNAL_ERROR);
    }

    /**
     * A name the file system holds in another encoding than the system's: its content is not looked
     * at.
     */
    static Refusal misnamed(Path submission) {
        return new Refusal(
                UNREADABLE + "文件名无法识别（不是 UTF-8 编码），移入失败文件夹",
                "无法处理：这份提交的文件名（或其中某个文件的文件名）不是本系统使用的 UTF-8 编码，常见于从 Windows "
                        + "共享文件夹或旧的解压工具得到的中文文件名，程序无法按名称打开它。文件内容没有被读取，也没有被判定。\n"
                        + "请把文件改名（重新输入中文名称）后重新放入收件文件夹；运维人员可检查共享文件夹的字符集设置"
                        + "（如挂载选项 iocharset=utf8）。",
                Tally.Kind.REFUSED);
    }

    static Refusal vanished(Path submission) {
        return new Refusal("在处理前已从收件文件夹中移走，跳过", null, Tally.Kind.VANISHED);
    }
}
