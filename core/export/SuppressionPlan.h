#pragma once

#include "model/Language.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cpc {

struct Indicator;
struct Report;

// How one published cell of indicator data is shown under small-number protection.
enum class CellMask {
    Shown,         // the real value
    Primary,       // a sensitive count from 1 to the threshold: shown as "<N"
    Complementary, // hidden so that a primary cell cannot be worked out from the totals: shown as "*"
};

// Which cells of the indicator tables the PDF and the exports must mask, computed once from a report.
// The report (and the file) keep the real values; only outputs are masked.
//
// A cell is named by indicator id, year, and optionally a disaggregation dimension and category:
//   (id, YEAR)                    the year's actual (the total of every dimension of that year)
//   (id, YEAR, DIM, CAT)          one category of a disaggregation
//   (id, BaselineYear)            the baseline value
// Primary cells: values v with 0 < v <= threshold of sensitive indicators (Indicator::sensitive, or when
// unset, unit "count" and a name mentioning victims / víctimas). Complementary cells: within one year the
// actual equals the sum of the categories of each dimension; more cells are hidden until no hidden cell
// can be solved from those equations and the shown cells. Values derived from a hidden actual (% of
// target; for cumulative indicators the running total of that year and every later one) are hidden too:
// see hidesDerived(). Targets are plans, not counts of children, and are never masked.
class SuppressionPlan {
    Q_DECLARE_TR_FUNCTIONS(SuppressionPlan)
public:
    static constexpr int BaselineYear = 0;

    SuppressionPlan() = default; // protection off: everything shown
    explicit SuppressionPlan(const Report& report);

    bool enabled() const { return m_enabled; }
    int threshold() const { return m_threshold; }

    // Whether small-number protection applies to this indicator at all.
    static bool isSensitive(const Indicator& indicator);
    bool isSensitive(const QString& indicatorId) const;

    CellMask mask(const QString& indicatorId, int year, const QString& dimension = QString(),
                  const QString& category = QString()) const;
    bool isSuppressed(const QString& indicatorId, int year, const QString& dimension = QString(),
                      const QString& category = QString()) const
    {
        return mask(indicatorId, year, dimension, category) != CellMask::Shown;
    }
    // True when % of target (and, for cumulative indicators, the running total) of that year must not be
    // shown because it would reveal a hidden actual.
    bool hidesDerived(const QString& indicatorId, int year) const;

    // The text of a cell for the PDF: the value formatted for the language ("1,234.5" / "1.234,5"), or
    // primaryLabel() / complementaryLabel() when masked.
    QString display(const QString& indicatorId, int year, const QString& dimension, const QString& category,
                    double value, Language language) const;
    QString primaryLabel() const;        // "<5" for threshold 5
    static QString complementaryLabel(); // "*"

    // Human-readable explanation for a note under tables and in exports.
    QString noteText(Language language) const;

    // Counts, for tests and the window's summary.
    int primaryCount() const;
    int complementaryCount() const;

    static QString formatNumber(double value, Language language);

private:
    static QString key(const QString& indicatorId, int year, const QString& dimension,
                       const QString& category);
    void planIndicator(const Indicator& indicator);
    void planYear(const Indicator& indicator, int year);

    bool m_enabled = false;
    int m_threshold = 5;
    QHash<QString, CellMask> m_cells;        // only masked cells
    QHash<QString, int> m_firstHiddenActual; // indicator id -> first year whose actual is hidden
    QHash<QString, bool> m_cumulative;
    QHash<QString, bool> m_sensitive;
};

} // namespace cpc
