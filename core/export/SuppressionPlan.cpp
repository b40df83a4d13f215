#include "export/SuppressionPlan.h"

#include "model/Report.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cpc {

namespace {

// One year of one indicator as a small linear system: cell 0 is the actual, the others are categories;
// every dimension says "sum of its categories - actual = 0". Shown cells are constants to an outsider.
struct YearTable {
    struct Cell {
        QString dimension, category; // empty for the actual
        double value = 0;
        bool present = true; // an unreported actual is unknown to an outsider without needing protection
        CellMask mask = CellMask::Shown;
        bool unknown() const { return !present || mask != CellMask::Shown; }
    };
    QList<Cell> cells;
    QList<QList<int>> equations; // category cell indexes per dimension (the actual, cell 0, is implied)
    QList<int> equationOf;       // per cell, its dimension's equation (-1 for the actual)
    QList<int> unknownIn;        // per equation, how many of its categories are unknown
    int fullyShown = 0;          // equations with no unknown category: they give the actual away

    // After the masks changed: the unknowns per equation, which solvable() reads.
    void recount()
    {
        unknownIn.fill(0, equations.size());
        for (int i = 1; i < cells.size(); ++i)
            if (cells[i].unknown()) ++unknownIn[equationOf[i]];
        fullyShown = int(std::count(unknownIn.cbegin(), unknownIn.cend(), 0));
    }

    // Whether the unknown cell k is fixed by the equations once every shown cell is known: e_k lies in the
    // row space of the equations restricted to the unknown cells. The equations have a fixed shape (each
    // category is in exactly one dimension, and every dimension also holds the actual), so the row space
    // is known without elimination, in constant time: with the rows r_d = e(U_d) - e_0 (U_d: the unknown
    // categories of dimension d; the e_0 term only when the actual is unknown), a combination sum a_d r_d
    // has the coefficient a_d on every cell of U_d, so it can only be e_k when U_d = {k} for k's dimension
    // and a_d = 0 for every other non-empty U_d; its coefficient on the actual is then -(1 + the a_d of the
    // dimensions with empty U_d), which can be made 0 exactly when such a dimension exists. Likewise the
    // actual alone is fixed exactly when some dimension has no unknown category. tests/core/export's
    // attack checks this against Gaussian elimination on hundreds of random tables.
    bool solvable(int k) const
    {
        if (k == 0) return !cells[0].unknown() || fullyShown > 0;
        if (unknownIn[equationOf[k]] != 1) return false;
        return !cells[0].unknown() || fullyShown > 0;
    }

    // A group of hidden cells whose sum an outsider can work out from one equation must not itself be a
    // small number (1..threshold): "the two hidden categories add up to 3" discloses as much as a cell.
    bool smallGroup(const QList<int>& eq, int threshold) const
    {
        if (cells[0].unknown() && !solvable(0)) return false;
        double hidden = 0;
        bool anyProtected = false;
        for (int c : eq)
            if (cells[c].unknown()) {
                hidden += cells[c].value;
                anyProtected = true;
            }
        return anyProtected && hidden > 0 && hidden <= threshold;
    }

    // The cell to hide next among `candidates`: a shown non-zero category, smallest first (the least
    // information lost), else the actual, else a shown zero.
    int pickComplement(const QList<int>& candidates) const
    {
        int best = -1;
        const auto rankOf = [&](int c) {
            if (c == 0) return 1;
            return cells[c].value != 0 ? 0 : 2;
        };
        for (int c : candidates) {
            if (cells[c].unknown()) continue;
            if (best < 0 || rankOf(c) < rankOf(best) ||
                (rankOf(c) == rankOf(best) && cells[c].value < cells[best].value))
                best = c;
        }
        return best;
    }

    QList<int> equationCells(int e) const
    {
        QList<int> all = equations[e];
        all.prepend(0);
        return all;
    }
};

bool isSmall(double v, int threshold)
{
    return v > 0 && v <= threshold;
}

} // namespace

SuppressionPlan::SuppressionPlan(const Report& report)
    : m_enabled(report.info.smallNumbers.enabled),
      m_threshold(std::max(1, report.info.smallNumbers.threshold))
{
    for (const Indicator& ind : report.indicators) {
        m_sensitive.insert(ind.id, isSensitive(ind));
        m_cumulative.insert(ind.id, ind.cumulative);
        if (m_enabled && isSensitive(ind)) planIndicator(ind);
    }
}

bool SuppressionPlan::isSensitive(const Indicator& ind)
{
    if (ind.sensitive) return *ind.sensitive;
    if (ind.unit != Unit::Count) return false;
    const QString names = (ind.name.en() + QLatin1Char(' ') + ind.name.es()).toLower();
    return names.contains(QLatin1String("victim")) || names.contains(QStringLiteral("víctima")) ||
           names.contains(QLatin1String("victima"));
}

bool SuppressionPlan::isSensitive(const QString& indicatorId) const
{
    return m_sensitive.value(indicatorId, false);
}

QString SuppressionPlan::key(const QString& indicatorId, int year, const QString& dimension,
                             const QString& category)
{
    return indicatorId + QChar(0x1f) + QString::number(year) + QChar(0x1f) + dimension + QChar(0x1f) +
           category;
}

void SuppressionPlan::planIndicator(const Indicator& ind)
{
    // The baseline stands alone: IndicatorProgress does not add it to cumulative totals.
    if (ind.hasBaseline && ind.baselineValue && isSmall(*ind.baselineValue, m_threshold))
        m_cells.insert(key(ind.id, BaselineYear, {}, {}), CellMask::Primary);
    QList<int> years = ind.actuals.keys();
    for (int y : ind.disaggregation.keys())
        if (!years.contains(y)) years.append(y);
    std::sort(years.begin(), years.end());
    for (int y : years)
        planYear(ind, y);
}

void SuppressionPlan::planYear(const Indicator& ind, int year)
{
    YearTable t;
    const std::optional<double> actual = ind.actuals.value(year);
    t.cells.append({QString(), QString(), actual.value_or(0), actual.has_value(), CellMask::Shown});
    t.equationOf.append(-1);
    for (const Disaggregation& d : ind.disaggregation.value(year)) {
        QList<int> eq;
        for (const DisaggregationCategory& c : d.categories) {
            eq.append(int(t.cells.size()));
            t.equationOf.append(int(t.equations.size()));
            t.cells.append({d.dimension, c.name, c.value, true, CellMask::Shown});
        }
        t.equations.append(eq);
    }
    for (auto& c : t.cells)
        if (c.present && isSmall(c.value, m_threshold)) c.mask = CellMask::Primary;
    t.recount();

    // Each round hides one more cell, so this ends after at most cells.size() rounds.
    for (int guard = 0; guard <= t.cells.size(); ++guard) {
        int needy = -1; // an equation that gives a protected cell (or a small group) away
        for (int e = 0; e < t.equations.size() && needy < 0; ++e) {
            if (t.smallGroup(t.equations[e], m_threshold)) needy = e;
            for (int c : t.equationCells(e))
                if (needy < 0 && t.cells[c].present && t.cells[c].mask != CellMask::Shown && t.solvable(c))
                    needy = e;
        }
        if (needy < 0) break;
        int pick = t.pickComplement(t.equationCells(needy));
        if (pick < 0) { // every cell of that equation is hidden already: solved through another dimension
            QList<int> all;
            for (int i = 0; i < t.cells.size(); ++i)
                all.append(i);
            pick = t.pickComplement(all);
        }
        if (pick < 0) break;
        t.cells[pick].mask = CellMask::Complementary;
        t.recount();
    }

    for (const auto& c : t.cells)
        if (c.present && c.mask != CellMask::Shown)
            m_cells.insert(key(ind.id, year, c.dimension, c.category), c.mask);
    if (actual && t.cells[0].mask != CellMask::Shown) {
        const int first = m_firstHiddenActual.value(ind.id, year);
        m_firstHiddenActual.insert(ind.id, std::min(first, year));
    }
}

CellMask SuppressionPlan::mask(const QString& indicatorId, int year, const QString& dimension,
                               const QString& category) const
{
    if (!m_enabled) return CellMask::Shown;
    return m_cells.value(key(indicatorId, year, dimension, category), CellMask::Shown);
}

bool SuppressionPlan::hidesDerived(const QString& indicatorId, int year) const
{
    if (!m_enabled) return false;
    const auto first = m_firstHiddenActual.constFind(indicatorId);
    if (first == m_firstHiddenActual.constEnd()) return false;
    return m_cumulative.value(indicatorId) ? year >= first.value() : isSuppressed(indicatorId, year);
}

QString SuppressionPlan::display(const QString& indicatorId, int year, const QString& dimension,
                                 const QString& category, double value, Language language) const
{
    switch (mask(indicatorId, year, dimension, category)) {
    case CellMask::Primary:
        return primaryLabel();
    case CellMask::Complementary:
        return complementaryLabel();
    case CellMask::Shown:
        break;
    }
    return formatNumber(value, language);
}

QString SuppressionPlan::primaryLabel() const
{
    return QStringLiteral("<%1").arg(m_threshold);
}

QString SuppressionPlan::complementaryLabel()
{
    return QStringLiteral("*");
}

QString SuppressionPlan::noteText(Language language) const
{
    const char* en =
        "Counts of child victims from 1 to %1 are shown as \"%2\"; cells marked \"%3\" are hidden "
        "so that those counts cannot be worked out from the totals.";
    const char* es =
        "Los conteos de NNA víctimas de 1 a %1 se muestran como \"%2\"; las celdas marcadas \"%3\" "
        "se ocultan para que esos conteos no puedan deducirse de los totales.";
    // Both texts are fixed here because a bilingual PDF needs each language whatever the interface is.
    return QString::fromUtf8(language == Language::En ? en : es)
        .arg(m_threshold)
        .arg(primaryLabel(), complementaryLabel());
}

int SuppressionPlan::primaryCount() const
{
    if (!m_enabled) return 0;
    return int(std::count(m_cells.cbegin(), m_cells.cend(), CellMask::Primary));
}

int SuppressionPlan::complementaryCount() const
{
    if (!m_enabled) return 0;
    return int(std::count(m_cells.cbegin(), m_cells.cend(), CellMask::Complementary));
}

QString SuppressionPlan::formatNumber(double value, Language language)
{
    const QLocale locale = language == Language::En ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : QLocale(QLocale::Spanish, QLocale::Colombia);
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString s = locale.toString(value, 'f', whole ? 0 : 2);
    if (!whole) { // 12.50 -> 12.5
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
    }
    return s;
}

} // namespace cpc
