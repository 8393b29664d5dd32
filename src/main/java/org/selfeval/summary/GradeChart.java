package org.selfeval.summary;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The grade distribution as a column chart (DrawingML, which Excel, WPS and LibreOffice all draw),
 * fed from the 统计 sheet's grade table; the values are also cached in the chart, for readers that do
 * not recalculate.
 */
final class GradeChart {

    private GradeChart() {}

    /**
     * Grades in column A and counts in column B of rows {@code first..last}; the chart goes at
     * {@code col, row}.
     */
    static void add(XSSFSheet sheet, int first, int last, int col, int row) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 7, row + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("等级分布（部门数）");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis grades = chart.createCategoryAxis(AxisPosition.BOTTOM);
        grades.setTitle("等级");
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setTitle("部门数");
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        counts.setMinimum(0);
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromStringCellRange(
                        sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> values =
                XDDFDataSourcesFactory.fromNumericCellRange(
                        sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFChartData data = chart.createData(ChartTypes.BAR, grades, counts);
        data.setVaryColors(false);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle("部门数", null);
        // an explicit fill: without one LibreOffice draws the bars empty
        series.setFillProperties(
                new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }
}
