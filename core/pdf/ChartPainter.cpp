#include "pdf/ChartPainter.h"

#include "pdf/PdfLocale.h"

#include <algorithm>
#include <cmath>

namespace cpc {

namespace {
constexpr unsigned kTargetColor = 0xA9BCD6;
constexpr unsigned kActualColor = 0x1F4E79;
constexpr unsigned kAxis = 0x555555;
constexpr unsigned kGrid = 0xDDDDDD;

// A round axis step: 1, 2 or 5 times a power of ten.
double niceStep(double max)
{
    if (max <= 0) return 1;
    const double raw = max / 4;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * p) return m * p;
    return 10 * p;
}
} // namespace

FlowRow ChartPainter::paint(const DocChart& chart, float width, float height) const
{
    const QList<DocChartPoint>& points = chart.points;
    const PdfLocale numbers(chart.numbers);
    FlowRow row;
    row.height = height;
    constexpr float small = 7;
    auto text = [&](float x, float y, const QString& s, FontStyle st = FontStyle::Regular, float size = 7.f,
                    unsigned color = kAxis) {
        const QString clean = m_fonts.sanitize(s);
        const float w = m_fonts.width(st, clean, size);
        row.ops.push_back(PdfOp::makeText(x, y, st, size, clean.toStdString(), w, color));
        return w;
    };
    // Title and legend on the first line.
    const float titleW = text(0, 9, chart.title, FontStyle::Bold, 8, 0x1B2A41);
    float lx = std::max(titleW + 14, width * 0.5f);
    if (lx + 120 > width) lx = std::max(0.f, width - 120);
    for (int s = 0; s < 2; ++s) {
        row.ops.push_back(PdfOp::makeRect(lx, 3, 7, 7, s == 0 ? kTargetColor : kActualColor));
        lx += 10 + text(lx + 10, 9, s == 0 ? chart.targetLabel : chart.actualLabel) + 8;
    }

    double maxValue = 0;
    for (const DocChartPoint& p : points) {
        if (p.target) maxValue = std::max(maxValue, *p.target);
        if (p.actual) maxValue = std::max(maxValue, *p.actual);
    }
    const double step = niceStep(maxValue);
    const double top = std::max(step, std::ceil(maxValue / step) * step);
    const float plotLeft = 40, plotTop = 18, plotBottom = height - 14;
    const float plotWidth = width - plotLeft - 4, plotHeight = plotBottom - plotTop;
    for (double v = 0; v <= top + step / 2; v += step) {
        const float y = plotBottom - float(v / top) * plotHeight;
        row.ops.push_back(PdfOp::makeLine(plotLeft, y, plotLeft + plotWidth, y, 0.4f, v == 0 ? kAxis : kGrid));
        const QString label = numbers.number(v);
        const float w = m_fonts.width(FontStyle::Regular, m_fonts.sanitize(label), small);
        text(plotLeft - 4 - w, y + 2.5f, label);
    }
    if (points.isEmpty()) return row;
    const float slot = plotWidth / float(points.size());
    const float bar = std::min(18.f, slot * 0.32f);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const float cx = plotLeft + slot * (float(i) + 0.5f);
        const auto drawBar = [&](std::optional<double> v, float x, unsigned color) {
            if (!v || *v <= 0) return;
            const float h = float(std::min(*v, top) / top) * plotHeight;
            row.ops.push_back(PdfOp::makeRect(x, plotBottom - h, bar, h, color));
        };
        drawBar(points[i].target, cx - bar - 1, kTargetColor);
        drawBar(points[i].actual, cx + 1, kActualColor);
        const QString clean = m_fonts.sanitize(points[i].label);
        const float w = m_fonts.width(FontStyle::Regular, clean, small);
        text(cx - w / 2, plotBottom + 9, points[i].label);
    }
    return row;
}

} // namespace cpc
