#include "navigator/ReportTreeModel.h"

#include "UiTestSupport.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// The nodes whose rows a dataChanged spy saw refreshed.
QList<NavNode> refreshed(const QSignalSpy& spy, const ReportTreeModel& m)
{
    QList<NavNode> nodes;
    for (const QList<QVariant>& args : spy) {
        const QModelIndex from = args.at(0).toModelIndex(), to = args.at(1).toModelIndex();
        for (int row = from.row(); row <= to.row(); ++row)
            nodes << m.node(from.siblingAtRow(row));
    }
    return nodes;
}

} // namespace

TEST_CASE("An edit refreshes the navigator rows it touches and their ancestors, not the whole tree",
          "[window][navigator]")
{
    test::OpenSample sample;
    MainWindow& w = sample.window;
    ReportTreeModel* m = w.treeModel();
    const Report& r = w.document()->report();
    REQUIRE_FALSE(r.indicators.isEmpty());
    const Indicator& ind = r.indicators.front();
    const NavNode indicator{NodeKind::Indicator, ind.id};
    const NavNode objective{NodeKind::IndicatorObjective, QString::number(ind.objective)};
    const NavNode root{NodeKind::IndicatorsRoot, {}};
    REQUIRE(m->data(m->indexOf(objective), ReportTreeModel::TranslationIdRole).toString() ==
            QStringLiteral("current"));

    QSignalSpy spy(m, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m, &QAbstractItemModel::modelReset);
    const Language source = r.info.sourceLanguage;
    const FieldPath name{QStringLiteral("indicators"), ind.id, QStringLiteral("name"), languageCode(source)};
    REQUIRE(w.session()->edit({FieldChange{name, QStringLiteral("A renamed indicator"), false}},
                              QStringLiteral("x")));

    CHECK(resets.isEmpty());
    const QList<NavNode> nodes = refreshed(spy, *m);
    CHECK(nodes.contains(indicator));
    CHECK(nodes.contains(objective));
    CHECK(nodes.contains(root));
    CHECK(nodes.size() == 3);
    // What the refreshed rows show is the new state.
    CHECK(m->data(m->indexOf(indicator)).toString().contains(QStringLiteral("A renamed indicator")) ==
          (source == Language::En));
    for (const NavNode& n : {indicator, objective, root})
        CHECK(m->data(m->indexOf(n), ReportTreeModel::TranslationIdRole).toString() ==
              QStringLiteral("stale"));
}
