#include "pdf/ChartPainter.h"

#include <algorithm>
#include <cmath>

namespace cpc {

namespace {
// The target series is hatched, the actual series solid: the two read apart in greyscale and for readers
// who do not tell the colours apart. Both inks have at least 3:1 contrast on white (WCAG 1.4.11).
constexpr unsigned kTargetInk = 0x4A6A8F; // 5.6:1 on white
constexpr unsigned kActualColor = 0x1F4E79;
constexpr unsigned kAxis = 0x555555;
constexpr unsigned kGrid = 0xDDDDDD;
constexpr unsigned kLabel = 0x222222;
constexpr float kSmall = 7;

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

// An outlined bar filled with diagonal hatching.
void hatched(PdfOps& ops, float x, float y, float w, float h)
{
    ops.push_back(PdfOp::makeRect(x, y, w, h, 0xFFFFFF));
    ops.push_back(PdfOp::makeHatch(x, y, w, h, kTargetInk, 0.7f, 4.f));
    PdfOp frame = PdfOp::makeRect(x, y, w, h, kTargetInk, false);
    frame.size = 0.8f;
    ops.push_back(frame);
}
} // namespace

double ChartPainter::contrast(unsigned rgb)
{
    const auto channel = [](unsigned v) {
        const double c = double(v) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) +
                     0.0722 * channel(rgb & 0xFF);
    return 1.05 / (l + 0.05);
}

unsigned ChartPainter::targetInk()
{
    return kTargetInk;
}
unsigned ChartPainter::actualColor()
{
    return kActualColor;
}

FlowRow ChartPainter::paint(const DocChart& chart, float width, float height) const
{
    const QList<DocChartPoint>& points = chart.points;
    const NumberFormat& numbers = chart.numbers;
    FlowRow row;
    row.height = height;
    auto measure = [&](const QString& s, FontStyle st = FontStyle::Regular, float size = kSmall) {
        return m_fonts.width(st, m_fonts.sanitize(s), size);
    };
    auto text = [&](float x, float y, const QString& s, FontStyle st = FontStyle::Regular,
                    float size = kSmall, unsigned color = kAxis) {
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
        if (s == 0)
            hatched(row.ops, lx, 2.5f, 8, 8);
        else
            row.ops.push_back(PdfOp::makeRect(lx, 2.5f, 8, 8, kActualColor));
        lx += 11 + text(lx + 11, 9, s == 0 ? chart.targetLabel : chart.actualLabel) + 8;
    }
    // What the value axis counts, when its figures do not say it (a currency and its scale).
    const bool titled = !chart.axisTitle.isEmpty();
    if (titled) text(0, 21, chart.axisTitle, FontStyle::Italic);

    const double divisor = NumberFormat::divisor(chart.scale);
    double maxValue = 0;
    for (const DocChartPoint& p : points) {
        if (p.target) maxValue = std::max(maxValue, *p.target / divisor);
        if (p.actual) maxValue = std::max(maxValue, *p.actual / divisor);
    }
    // Room above the tallest bar for its label.
    const double step = niceStep(maxValue * 1.08);
    const double top = std::max(step, std::ceil(maxValue * 1.08 / step) * step);
    const bool percent = chart.unit == Unit::Percent;
    const auto tick = [&](double v) {
        return percent ? numbers.number(v) + numbers.percentSign() : numbers.number(v);
    };
    float labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, measure(tick(v)));
    const float plotLeft = std::max(24.f, labelWidth + 8), plotTop = titled ? 32.f : 24.f,
                plotBottom = height - 14;
    const float plotWidth = width - plotLeft - 4, plotHeight = plotBottom - plotTop;
    for (double v = 0; v <= top + step / 2; v += step) {
        const float y = plotBottom - float(v / top) * plotHeight;
        row.ops.push_back(
            PdfOp::makeLine(plotLeft, y, plotLeft + plotWidth, y, 0.4f, v == 0 ? kAxis : kGrid));
        const QString label = tick(v);
        text(plotLeft - 4 - measure(label), y + 2.5f, label);
    }
    if (points.isEmpty()) return row;
    const float slot = plotWidth / float(points.size());
    const float bar = std::min(18.f, slot * 0.32f);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const float cx = plotLeft + slot * (float(i) + 0.5f);
        // Each bar with its figure above it: the Dialogue negotiates the figures, future targets included.
        struct Placed {
            float x, top, w;
            QString label;
        };
        std::vector<Placed> placed;
        const auto drawBar = [&](std::optional<double> v, float x, bool target) {
            if (!v) return;
            const float h = *v <= 0 ? 0.f : float(std::min(*v / divisor, top) / top) * plotHeight;
            if (h > 0) {
                if (target)
                    hatched(row.ops, x, plotBottom - h, bar, h);
                else
                    row.ops.push_back(PdfOp::makeRect(x, plotBottom - h, bar, h, kActualColor));
            }
            const QString label = numbers.bare(*v, chart.unit, chart.scale, chart.decimals);
            placed.push_back({x + bar / 2, plotBottom - h - 2.5f, measure(label), label});
        };
        drawBar(points[i].target, cx - bar - 1, true);
        drawBar(points[i].actual, cx + 1, false);
        // Two labels wider than their bars move apart, each within its half of the slot.
        if (placed.size() == 2) {
            const float overlap = (placed[0].x + placed[0].w / 2 + 2) - (placed[1].x - placed[1].w / 2);
            if (overlap > 0) {
                placed[0].x -= overlap / 2;
                placed[1].x += overlap / 2;
            }
        }
        for (const Placed& p : placed)
            text(p.x - p.w / 2, p.top, p.label, FontStyle::Regular, kSmall, kLabel);
        text(cx - measure(points[i].label) / 2, plotBottom + 9, points[i].label);
    }
    return row;
}

} // namespace cpc
