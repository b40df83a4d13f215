#pragma once

#include "model/Language.h"
#include "pdf/PdfFlow.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cpc {

// A small vector bar chart of an indicator's target against its actual over the years.
class ChartPainter {
public:
    struct Point {
        QString label;                 // "Year 1"
        int year = 0;                  // the reporting year the label names (for the alternate text)
        std::optional<double> target;
        std::optional<double> actual;  // unset: not reported or masked
    };
    struct Labels {
        QString title, target, actual;
        std::function<QString(double)> number;
    };

    explicit ChartPainter(const PdfFonts& fonts) : m_fonts(fonts) {}
    FlowRow paint(const std::vector<Point>& points, const Labels& labels, float width, float height) const;
    // The chart in words, for readers who cannot see it (the Figure's alternate text): what it shows,
    // then each year's target and actual, in `language`, numbers written by `number`.
    static QString describe(const QString& subject, const std::vector<Point>& points, Language language,
                            const std::function<QString(double)>& number);

private:
    const PdfFonts& m_fonts;
};

} // namespace cpc
