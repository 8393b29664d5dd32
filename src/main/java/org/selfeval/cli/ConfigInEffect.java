package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;

/**
 * The configuration a command audits and scores with, named for the console and the log: a file
 * (absolute path and a short hash of its bytes, so two nights can be told apart after an edit) or
 * the built-in one, and the indicator framework (built-in by name, or the workbook it was read
 * from).
 *
 * @param chosen whether the bureau named the framework (--framework, or the 指标体系.xlsx beside the
 *     inbox); when it did not, the default stands only for workbooks that name no other built-in
 *     one, and the line says so
 */
record ConfigInEffect(Path file, Framework framework, boolean chosen) {

    static final String BUILT_IN = "内置";

    ConfigInEffect {
        file = file == null ? null : file.toAbsolutePath().normalize();
    }

    /** "配置：…；指标体系：…" for the first lines of a command's output. */
    String line() {
        return "配置："
                + describe()
                + "；指标体系："
                + framework.label()
                + (!chosen
                        ? "（默认；“基本信息”写明其他内置指标体系的报送，按所写的校验和评分）"
                        : BuiltInFrameworks.get(framework.name())
                                        .filter(framework::equals)
                                        .isPresent()
                                ? ""
                                : "，文件 " + framework.source());
    }

    String describe() {
        if (file == null) return BUILT_IN;
        return file + "（SHA-256 " + shortHash() + "）";
    }

    private String shortHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
