#include "export/SuppressionPlan.h"

#include "export/CsvWriter.h"
#include "export/IndicatorTable.h"
#include "import/CsvReader.h"
#include "support/TestSupport.h"

#include <QHash>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace cpc;

namespace {

Indicator victims(const QString& id)
{
    Indicator i;
    i.id = id;
    i.name = BiText(QStringLiteral("Child victims identified"), QStringLiteral("NNA víctimas identificadas"));
    return i;
}

void setBreakdown(Indicator& ind, int year, const QString& dim, QList<QPair<QString, double>> cats)
{
    Disaggregation d{dim, {}};
    for (const auto& [n, v] : cats)
        d.categories.append({n, v});
    ind.disaggregation[year].append(d);
}

// What an outsider sees of one year of one indicator in the CSV export: the actual and the categories,
// each a number or nothing (masked), plus % of target and the target.
struct SeenYear {
    std::optional<double> actual, target, percent;
    bool actualMasked = false, percentMasked = false;
    QMap<QString, QMap<QString, std::optional<double>>> dims; // dimension -> category -> value
};
using Seen = QMap<QPair<QString, int>, SeenYear>;

std::optional<double> seenNumber(const QString& s)
{
    bool ok = false;
    const double v = QString(s).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

Seen readExport(const QByteArray& csv)
{
    auto t = CsvReader::read(csv, QStringLiteral("x.csv"));
    REQUIRE(t.ok());
    const QStringList h = t->records.first().fields;
    const auto col = [&](const char* n) { return int(h.indexOf(QString::fromUtf8(n))); };
    Seen seen;
    for (qsizetype r = 1; r < t->records.size(); ++r) {
        const QStringList f = t->records[r].fields;
        if (f.first().startsWith(QLatin1Char('#'))) continue;
        SeenYear& y = seen[{f[col("indicator")], f[col("year")].toInt()}];
        const QString dim = f[col("dimension")];
        if (dim.isEmpty()) {
            y.actual = seenNumber(f[col("actual")]);
            y.actualMasked = !f[col("actual")].isEmpty() && !y.actual;
            y.target = seenNumber(f[col("target")]);
            y.percent = seenNumber(f[col("% of target")]);
            y.percentMasked = !f[col("% of target")].isEmpty() && !y.percent;
        } else {
            y.dims[dim][f[col("category")]] = seenNumber(f[col("actual")]);
        }
    }
    return seen;
}

// The attacker: every linear consequence of "actual = sum of each dimension's categories" and of
// "% of target = actual / target", by Gaussian elimination over the masked cells. Returns the masked
// cells whose value it can pin down, with that value.
QMap<QString, double> attack(const SeenYear& y, bool cumulative)
{
    QStringList unknowns;
    if (!y.actual) unknowns.append(QStringLiteral("actual"));
    for (auto d = y.dims.cbegin(); d != y.dims.cend(); ++d)
        for (auto c = d.value().cbegin(); c != d.value().cend(); ++c)
            if (!c.value()) unknowns.append(d.key() + QLatin1Char('/') + c.key());
    QMap<QString, double> found;
    if (unknowns.isEmpty()) return found;
    std::optional<double> actual = y.actual;
    if (!actual && !cumulative && y.percent && y.target)
        actual = *y.percent * *y.target / 100.0; // through % of target
    const int n = int(unknowns.size());
    QList<QList<double>> rows; // coefficients..., right-hand side
    if (actual && !y.actual) {
        QList<double> row(n + 1, 0.0);
        row[0] = 1;
        row[n] = *actual;
        rows.append(row);
    }
    for (auto d = y.dims.cbegin(); d != y.dims.cend(); ++d) {
        QList<double> row(n + 1, 0.0);
        double rhs = 0;
        if (y.actual)
            rhs = *y.actual;
        else
            row[0] = -1;
        for (auto c = d.value().cbegin(); c != d.value().cend(); ++c) {
            if (c.value())
                rhs -= *c.value();
            else
                row[int(unknowns.indexOf(d.key() + QLatin1Char('/') + c.key()))] = 1;
        }
        row[n] = rhs;
        rows.append(row);
    }
    // Reduced row echelon form; a row with a single non-zero coefficient pins that cell.
    int r = 0;
    for (int col = 0; col < n && r < rows.size(); ++col) {
        int pivot = -1;
        for (int i = r; i < rows.size(); ++i)
            if (std::abs(rows[i][col]) > 1e-9) pivot = i;
        if (pivot < 0) continue;
        std::swap(rows[r], rows[pivot]);
        const double p = rows[r][col];
        for (double& v : rows[r])
            v /= p;
        for (int i = 0; i < rows.size(); ++i)
            if (i != r && std::abs(rows[i][col]) > 1e-9) {
                const double f = rows[i][col];
                for (int j = 0; j <= n; ++j)
                    rows[i][j] -= f * rows[r][j];
            }
        ++r;
    }
    for (const auto& row : rows) {
        int nonZero = 0, at = -1;
        for (int j = 0; j < n; ++j)
            if (std::abs(row[j]) > 1e-9) {
                ++nonZero;
                at = j;
            }
        if (nonZero == 1) found.insert(unknowns[at], row[n]);
    }
    return found;
}

QByteArray maskedCsv(const Report& r)
{
    const SuppressionPlan plan(r);
    const IndicatorTable t = IndicatorTable::build(r, Language::En, plan);
    return CsvWriter::toBytes(t.combined(), Language::En, t.note);
}

} // namespace

TEST_CASE("which indicators are sensitive")
{
    Indicator v = victims(QStringLiteral("v"));
    CHECK(SuppressionPlan::isSensitive(v));
    v.unit = Unit::Percent;
    CHECK_FALSE(SuppressionPlan::isSensitive(v));
    v.sensitive = true;
    CHECK(SuppressionPlan::isSensitive(v));
    Indicator trained;
    trained.name = BiText(QStringLiteral("People trained"), QStringLiteral("Personas capacitadas"));
    CHECK_FALSE(SuppressionPlan::isSensitive(trained));
    trained.sensitive = true;
    CHECK(SuppressionPlan::isSensitive(trained));
    const Report sample = test::sampleReport();
    const SuppressionPlan plan(sample);
    CHECK(plan.isSensitive(QStringLiteral("2.1")));
    CHECK_FALSE(plan.isSensitive(QStringLiteral("1.1")));
}

TEST_CASE("a small count is shown as <5 and its complement hidden, off means everything shown")
{
    Report r;
    Indicator v = victims(QStringLiteral("2.1"));
    v.hasBaseline = true;
    v.baselineValue = 4;
    v.targets[1] = 150;
    v.actuals[1] = 163;
    setBreakdown(v, 1, QStringLiteral("sex"), {{QStringLiteral("female"), 160}, {QStringLiteral("male"), 3}});
    setBreakdown(v, 1, QStringLiteral("type"),
                 {{QStringLiteral("tourism"), 100}, {QStringLiteral("online"), 63}});
    r.indicators.append(v);

    const SuppressionPlan plan(r);
    CHECK(plan.mask(QStringLiteral("2.1"), 1, QStringLiteral("sex"), QStringLiteral("male")) ==
          CellMask::Primary);
    CHECK(plan.mask(QStringLiteral("2.1"), 1, QStringLiteral("sex"), QStringLiteral("female")) ==
          CellMask::Complementary);
    CHECK(plan.mask(QStringLiteral("2.1"), SuppressionPlan::BaselineYear) == CellMask::Primary);
    CHECK_FALSE(plan.isSuppressed(QStringLiteral("2.1"), 1));
    CHECK_FALSE(
        plan.isSuppressed(QStringLiteral("2.1"), 1, QStringLiteral("type"), QStringLiteral("tourism")));
    CHECK(plan.display(QStringLiteral("2.1"), 1, QStringLiteral("sex"), QStringLiteral("male"), 3,
                       Language::Es) == QStringLiteral("<5"));
    CHECK(plan.display(QStringLiteral("2.1"), 1, QStringLiteral("sex"), QStringLiteral("female"), 160,
                       Language::Es) == QStringLiteral("*"));
    CHECK(plan.display(QStringLiteral("2.1"), 1, QString(), QString(), 1163.5, Language::Es) ==
          QStringLiteral("1.163,5"));
    CHECK(plan.display(QStringLiteral("2.1"), 1, QString(), QString(), 1163.5, Language::En) ==
          QStringLiteral("1,163.5"));
    CHECK(plan.primaryCount() == 2);
    CHECK(plan.complementaryCount() == 1);

    r.info.smallNumbers.threshold = 2;
    CHECK(SuppressionPlan(r).primaryLabel() == QStringLiteral("<2"));
    CHECK_FALSE(SuppressionPlan(r).isSuppressed(QStringLiteral("2.1"), 1, QStringLiteral("sex"),
                                                QStringLiteral("male")));
    r.info.smallNumbers.enabled = false;
    CHECK(SuppressionPlan(r).primaryCount() == 0);
    CHECK_FALSE(SuppressionPlan(r).isSuppressed(QStringLiteral("2.1"), SuppressionPlan::BaselineYear));
}

TEST_CASE("a small actual hides its % of target, and for a cumulative indicator every later running total")
{
    Report r;
    Indicator v = victims(QStringLiteral("v"));
    v.cumulative = true;
    for (int y = 1; y <= 4; ++y)
        v.targets[y] = 10.0 * y;
    v.actuals[1] = 12;
    v.actuals[2] = 3;
    v.actuals[3] = 9;
    r.indicators.append(v);
    const SuppressionPlan plan(r);
    CHECK_FALSE(plan.hidesDerived(QStringLiteral("v"), 1));
    CHECK(plan.hidesDerived(QStringLiteral("v"), 2));
    CHECK(plan.hidesDerived(QStringLiteral("v"), 3));
    const Seen seen = readExport(maskedCsv(r));
    CHECK(seen[{QStringLiteral("v"), 2}].actualMasked);
    CHECK(seen[{QStringLiteral("v"), 2}].percentMasked);
    CHECK(seen[{QStringLiteral("v"), 3}].percentMasked);
    CHECK(seen[{QStringLiteral("v"), 1}].percent == 120.0);
}

TEST_CASE("no shown cell is 1..threshold and no hidden value can be recomputed from what is shown")
{
    // Many random tables, small values everywhere, several dimensions, some actuals not reported: the
    // attacker solves every equation the export gives away and must pin nothing.
    std::mt19937 rng(20240607);
    for (int round = 0; round < 300; ++round) {
        Report r;
        r.info.smallNumbers.threshold = 1 + int(rng() % 6);
        const int threshold = r.info.smallNumbers.threshold;
        for (int k = 0; k < 3; ++k) {
            Indicator v = victims(QStringLiteral("i%1").arg(k));
            v.cumulative = k == 2;
            v.hasBaseline = true;
            v.baselineValue = double(rng() % 8);
            for (int year = 1; year <= 3; ++year) {
                // The year's total split at random points into each dimension's categories.
                const double total = double(rng() % 3 == 0 ? rng() % 8 : rng() % 40);
                const int dims = int(rng() % 4);
                for (int d = 0; d < dims; ++d) {
                    const int cats = 1 + int(rng() % 4);
                    QList<double> cuts{0, total};
                    for (int j = 1; j < cats; ++j)
                        cuts.append(double(rng() % (int(total) + 1)));
                    std::sort(cuts.begin(), cuts.end());
                    QList<QPair<QString, double>> c;
                    for (int j = 0; j < cats; ++j)
                        c.append({QStringLiteral("c%1").arg(j), cuts[j + 1] - cuts[j]});
                    setBreakdown(v, year, QStringLiteral("d%1").arg(d), c);
                }
                v.targets[year] = 5.0 + double(rng() % 20);
                if (rng() % 5) v.actuals[year] = total;
            }
            r.indicators.append(v);
        }
        const Seen seen = readExport(maskedCsv(r));
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            INFO("round " << round << " indicator " << it.key().first.toStdString() << " year "
                          << it.key().second << " threshold " << threshold);
            const SeenYear& y = it.value();
            if (y.actual) CHECK_FALSE((*y.actual > 0 && *y.actual <= threshold));
            for (const auto& cats : y.dims)
                for (const auto& c : cats)
                    if (c) CHECK_FALSE((*c > 0 && *c <= threshold));
            const bool cumulative = it.key().first == QStringLiteral("i2");
            if (cumulative && y.actualMasked) // a running total from this year on would give it away
                for (int later = it.key().second; later <= 3; ++later) {
                    const SeenYear& l = seen.value({it.key().first, later});
                    CHECK_FALSE(l.percent);
                }
            const QMap<QString, double> pinned = attack(y, cumulative);
            for (auto p = pinned.cbegin(); p != pinned.cend(); ++p) {
                // Only an unreported actual may be worked out (it is not a published cell): nothing masked.
                const bool unreported = p.key() == QStringLiteral("actual") && !y.actualMasked;
                INFO("pinned " << p.key().toStdString() << " = " << p.value());
                CHECK(unreported);
            }
        }
    }
}
