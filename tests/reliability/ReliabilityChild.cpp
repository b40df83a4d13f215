// A process for the reliability tests to hold a report's lock or to edit it until it is killed. It says
// on standard output what it is about to do and what it has done, so that the parent, after a SIGKILL,
// knows which states the file may be in: the last one done, or the one being written.
//
//   cpc_reliability_child hold FILE          open FILE for writing, print "held", wait for stdin to close
//   cpc_reliability_child edits FILE N       N edits through ReportDocument::apply
//   cpc_reliability_child session FILE N     N steps through the window's EditSession (edits, typing, undo)
#include "ReliabilityTexts.h"
#include "edit/FieldChange.h"
#include "storage/ReportDocument.h"

#ifdef CPC_CHILD_HAS_UI
#include "undo/EditSession.h"

#include <QGuiApplication>
#include <QUndoStack>
#else
#include <QCoreApplication>
#endif

#include <cstdio>
#include <iostream>
#include <string>

using namespace cpc;

namespace {

void say(const char* what, int id)
{
    std::printf("%s %d\n", what, id);
    std::fflush(stdout);
}

int hold(ReportDocument&)
{
    std::printf("held\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

int edits(ReportDocument& doc, int n)
{
    for (int i = 1; i <= n; ++i) {
        say("next", i);
        const ChangeSet set{{FieldChange{reliability::editedPath(), reliability::editText(i)}},
                            QStringLiteral("child"),
                            ChangeOrigin::Edit};
        if (!doc.apply(set)) return 3;
        say("done", i);
    }
    return 0;
}

#ifdef CPC_CHILD_HAS_UI
int session(ReportDocument& doc, int n)
{
    QUndoStack stack;
    EditSession s(&doc, &stack);
    QList<int> done; // ids in undo order
    for (int i = 1; i <= n; ++i) {
        if (i % 5 == 0 && done.size() >= 2) {
            // Undo the last step, then redo it: two whole operations.
            const int previous = done[done.size() - 2];
            say("next", previous);
            s.undo();
            say("done", previous);
            say("next", done.last());
            s.redo();
            say("done", done.last());
            continue;
        }
        say("next", i);
        if (i % 2 == 0) {
            s.type(reliability::editedPath(), reliability::editText(i));
            s.flush();
            s.sealTyping();
        } else if (!s.edit({FieldChange{reliability::editedPath(), reliability::editText(i)}},
                           QStringLiteral("edit"))) {
            return 3;
        }
        done << i;
        say("done", i);
    }
    return 0;
}
#endif

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef CPC_CHILD_HAS_UI
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: cpc_reliability_child hold|edits|edited|session FILE [N]\n");
        return 2;
    }
    auto doc = ReportDocument::open(args[2]);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().toString()));
        return 3;
    }
    const QString mode = args[1];
    const int n = args.size() > 3 ? args[3].toInt() : 0;
    if (mode == QLatin1String("hold")) return hold(*doc.value());
    if (mode == QLatin1String("edits")) return edits(*doc.value(), n);
    // N edits, then held open until killed: the edits stay in the report's -wal.
    if (mode == QLatin1String("edited")) return edits(*doc.value(), n) == 0 ? hold(*doc.value()) : 3;
#ifdef CPC_CHILD_HAS_UI
    if (mode == QLatin1String("session")) return session(*doc.value(), n);
#endif
    std::fprintf(stderr, "unknown mode\n");
    return 2;
}
