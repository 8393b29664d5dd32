package org.selfeval.evaluate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.FindingCatalogue;
import org.selfeval.model.FindingKind;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Severity;

class ConfigLoaderTest {

    /** The kinds a severity line may name: evaluation's. */
    private static final List<FindingKind> RULES = FindingCatalogue.kinds();

    @TempDir Path dir;

    private static FindingKind rule(String id) {
        return FindingKinds.of(RULES).find(id).orElseThrow();
    }

    @Test
    void builtInDefaultIsTheGuangzhouFramework() {
        EvaluationConfig c = EvaluationConfig.GUANGZHOU_2023;
        assertEquals(0, new BigDecimal("10").compareTo(c.varianceThreshold()));
        assertEquals(Severity.ERROR, c.severity(rule("R-SUBTOTAL")));
        assertEquals(Severity.WARNING, c.severity(rule("R-X-PROJECT-FUNDS")));
        assertEquals("guangzhou-2023", c.framework().name());
        // whatever quote style the row uses, the framework's 分值 is found (the template spells it
        // “三公”)
        for (String name : List.of("\"三公\"经费控制情况", "“三公”经费控制情况", "＂三公＂经费 控制情况")) {
            assertEquals(
                    0,
                    new BigDecimal("2")
                            .compareTo(c.frameworkWeight("管理效率", "运行成本", name).orElseThrow()),
                    name);
        }
        assertEquals("优", c.grade(new BigDecimal("90")));
        assertEquals("良", c.grade(new BigDecimal("89.99")));
    }

    @Test
    void overrideFileReplacesKeysAndKeepsTheRest() throws Exception {
        Path f =
                Files.writeString(
                        dir.resolve(ConfigLoader.OVERRIDE_FILE_NAME),
                        "\uFEFF# 本局配置\nthreshold.variance-rate = 20\nscoring.positive.partial=false\nseverity.R-X-INCOME=警告\n",
                        StandardCharsets.UTF_8);
        assertEquals(java.util.Optional.of(f), ConfigLoader.overrideIn(dir));
        EvaluationConfig c = ConfigLoader.load(f, RULES);
        assertEquals(0, new BigDecimal("20").compareTo(c.varianceThreshold()));
        assertFalse(c.positivePartialCredit());
        assertEquals(Severity.WARNING, c.severity(rule("R-X-INCOME")));
        assertEquals(Severity.ERROR, c.severity(rule("R-SCORE-RANGE")));
        assertEquals(EvaluationConfig.GUANGZHOU_2023.framework(), c.framework());
    }

    @Test
    void overrideGradesReplaceTheFrameworksAndATreeKeyPointsToTheFrameworkWorkbook()
            throws Exception {
        Path f =
                Files.writeString(
                        dir.resolve("other.properties"),
                        "grade.合格=60\ngrade.不合格=0\n",
                        StandardCharsets.UTF_8);
        EvaluationConfig c = ConfigLoader.load(f, RULES);
        assertEquals("合格", c.grade(new BigDecimal("75")));
        // a submission scored by another framework keeps the bureau's grades; without them it takes
        // that framework's
        EvaluationConfig caiyu =
                c.withFramework(
                        org.selfeval.framework.BuiltInFrameworks.get("caiyu-2020").orElseThrow());
        assertEquals("合格", caiyu.grade(new BigDecimal("75")));
        assertEquals(
                "良",
                EvaluationConfig.GUANGZHOU_2023
                        .withFramework(caiyu.framework())
                        .grade(new BigDecimal("85")));
        assertMessage("tree.产出=60\n", "第 1 行", "framework export guangzhou-2023");
        assertEquals("不合格", c.grade(new BigDecimal("59")));
    }

    @Test
    void noOverrideFileMeansNone() {
        assertTrue(ConfigLoader.overrideIn(dir).isEmpty());
    }

    @Test
    void gradeBandsMustReachDownToZero() throws Exception {
        // grade.优=99 alone used to grade 94.98 as 优
        assertMessage("# 本局\ngrade.优=99\n", "第 2 行", "grade.优", "低于 99 分的得分没有等级", "grade.差=0");
        assertMessage("grade.优=90\ngrade.良=60\n", "第 2 行", "低于 60 分");
    }

    @Test
    void aSeverityForAnUnknownRuleIsRefusedWithItsLine() throws Exception {
        assertMessage(
                "threshold.variance-rate=10\nseverity.R-DIFFF=错误\n",
                "第 2 行",
                "没有编号为 R-DIFFF 的规则",
                "R-DIFF、");
    }

    @Test
    void aSeverityForAProjectRuleIsRefusedSayingWhereProjectsAreTuned() throws Exception {
        assertMessage(
                "severity.P-FRAMEWORK=错误\n", "第 1 行", "P-FRAMEWORK", "严重程度固定", "请删除这一行", "评分规则");
    }

    @Test
    void badFilesGiveChineseMessagesWithTheLine() throws Exception {
        assertMessage("threshold.variance-rate=十\n", "第 1 行", "不是数字");
        assertMessage("# c\nthreshold.variance\n", "第 2 行", "键=值");
        assertMessage("severity.R-SUM=严重\n", "第 1 行", "错误、警告 或 提示");
        assertMessage("thresold.variance-rate=10\n", "第 1 行", "未知的配置项");
        assertMessage("scoring.positive.partial=maybe\n", "第 1 行", "true 或 false");
        assertMessage("tolerance.figure=-1\n", "第 1 行", "不能为负数");
        Path gbk = dir.resolve("gbk.properties");
        Files.write(gbk, "# 配置\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertTrue(
                assertThrows(ConfigException.class, () -> ConfigLoader.load(gbk, RULES))
                        .getMessage()
                        .contains("UTF-8"));
        assertTrue(
                assertThrows(
                                ConfigException.class,
                                () -> ConfigLoader.load(dir.resolve("none"), RULES))
                        .getMessage()
                        .contains("不存在"));
    }

    private void assertMessage(String content, String... parts) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.properties"), content, StandardCharsets.UTF_8);
        String message =
                assertThrows(ConfigException.class, () -> ConfigLoader.load(f, RULES)).getMessage();
        for (String p : parts) assertTrue(message.contains(p), message);
        assertTrue(message.contains("bad.properties"), message);
    }
}
