package org.selfeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Tells a usage error in Chinese, in a few lines: what is wrong, a short usage line, and where the
 * full help is. picocli's own messages are English and it prints the whole help (40 lines for run)
 * after them.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][A-Za-z-]*");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(ex, args));
        err.println(shortUsage(cmd.getCommandSpec()));
        err.println("用 " + cmd.getCommandSpec().qualifiedName() + " --help 查看全部选项");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException ex, String[] args) {
        String original = String.valueOf(ex.getMessage());
        // our commands' own checks are told in Chinese already; picocli's are English around the
        // user's words
        String ours = original;
        for (String a : args) ours = ours.replace(a, "");
        if (isChinese(ours)) return original;
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            CommandSpec spec = u.getCommandLine().getCommandSpec();
            String what =
                    u.isUnknownOption()
                            ? "未知选项 " + first
                            : !spec.subcommands().isEmpty()
                                    ? "未知命令 "
                                            + first
                                            + "（可用命令："
                                            + String.join("、", spec.subcommands().keySet())
                                            + "）"
                                    : "多余的参数 " + String.join(" ", unmatched);
            List<String> suggestions = u.getSuggestions();
            return suggestions.isEmpty()
                    ? what
                    : what + "（是否想用 " + String.join(" 或 ", suggestions) + "？）";
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return String.join(" 与 ", optionsIn(original)) + " 不能同时使用";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " 只能指定一次";
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<String> parts = new ArrayList<>();
            for (ArgSpec a : missing.getMissing()) {
                parts.add(
                        a.isOption()
                                ? name(a) + " 需要一个值（" + a.paramLabel() + "）"
                                : "缺少参数 " + a.paramLabel());
            }
            return String.join("；", parts);
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return name(ex.getArgSpec())
                    + " "
                    + expected(ex.getArgSpec())
                    + "，收到的是“"
                    + ex.getValue()
                    + "”";
        }
        return "参数有误：" + original;
    }

    /** What a value of this option must look like. */
    private static String expected(ArgSpec arg) {
        Class<?> type =
                arg.auxiliaryTypes().length > 0 && arg.isMultiValue()
                        ? arg.auxiliaryTypes()[0]
                        : arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class)
            return "需要一个整数";
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object c : type.getEnumConstants()) values.add(c.toString());
            return "只能是 " + String.join("、", values) + " 之一";
        }
        if (type == Path.class) return "需要一个路径";
        return "的值无效";
    }

    private static String name(ArgSpec arg) {
        if (arg == null) return "参数";
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static List<String> optionsIn(String message) {
        List<String> found = new ArrayList<>();
        Matcher m = OPTION.matcher(message);
        while (m.find()) {
            String o = m.group();
            if (o.startsWith("-") && !found.contains(o)) found.add(o);
        }
        return found;
    }

    /** "用法：selfeval run [选项]…" on one line: the full synopsis of run wraps over several. */
    private static String shortUsage(CommandSpec spec) {
        StringBuilder b = new StringBuilder("用法：").append(spec.qualifiedName());
        if (!spec.options().isEmpty()) b.append(" [选项]");
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            b.append(' ').append(p.paramLabel()).append(p.arity().max() > 1 ? "…" : "");
        }
        if (!spec.subcommands().isEmpty()) b.append(" 命令");
        return b.toString();
    }

    private static boolean isChinese(String s) {
        return s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
