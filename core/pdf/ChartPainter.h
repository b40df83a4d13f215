#pragma once

#include "pdf/PdfFlow.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cpc {

// A small vector bar chart of an indicator's target against its actual over the years.
class ChartPainter {
public:
    struct Point {
        QString label;                 // "Year 1"
        std::optional<double> target;
        std::optional<double> actual;  // unset: not reported or masked
    };
    struct Labels {
        QString title, target, actual;
        std::function<QString(double)> number;
    };

    explicit ChartPainter(const PdfFonts& fonts) : m_fonts(fonts) {}
    FlowRow paint(const std::vector<Point>& points, const Labels& labels, float width, float height) const;

private:
    const PdfFonts& m_fonts;
};

} // namespace cpc
