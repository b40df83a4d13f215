#pragma once

#include "merge/ContributionRequest.h"
#include "model/Comment.h"
#include "model/FieldPath.h"

#include <QJsonValue>
#include <QList>

namespace cpc {

// One field where a returned contribution differs from what was sent.
struct MergeItem {
    enum class Kind {
        Change,   // the entity changed it and the coordinator did not: taken unless rejected
        Conflict, // both changed it: nothing is overwritten until someone chooses
        Refused,  // outside what the entity was asked for: never taken
    };
    Kind kind = Kind::Change;
    FieldPath path;
    QJsonValue requested; // as it was sent (Undefined: did not exist)
    QJsonValue returned;  // as it came back
    QJsonValue current;   // as it is in the report now
    QString author;       // who changed it in the contribution, as its history says ("Laura Gómez (PADF)")
};

// Everything a returned contribution would change, for the review dialog and `cpcreport merge`.
struct MergePlan {
    ContributionRequest request;
    QList<MergeItem> items;
    QList<Comment> newComments; // comments written in the contribution, appended on merge
    // Threads the entity resolved or reopened, as they came back: their resolved flag is taken on merge.
    QList<Comment> resolvedComments;
    // Comments not taken: written as another entity, resolving a thread not on the entity's parts, or on a
    // part removed from the report since the request.
    QList<Comment> refusedComments;
    int alreadyMerged = 0; // fields that already hold what came back
    // The people who wrote the contribution, as its history records them ("Laura Gómez (PADF)"), or the
    // entity's id when the file names nobody.
    QString contributors;

    int count(MergeItem::Kind k) const
    {
        int n = 0;
        for (const MergeItem& i : items)
            n += i.kind == k ? 1 : 0;
        return n;
    }
    bool isEmpty() const
    {
        return items.isEmpty() && newComments.isEmpty() && resolvedComments.isEmpty() &&
               refusedComments.isEmpty();
    }
};

} // namespace cpc
