#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// The changes that add, remove and move the parts of a report's structure (activities, indicators), as
// the window's navigator makes them. Ids are numbers the partnership already uses to refer to these
// parts ("Activity 2.3", "Indicator 1.2": objective, then the next free number), never typed by the user.
// The result is a change list for ReportDocument::apply, which checks the locks and assignments.
class StructureChanges {
    Q_DECLARE_TR_FUNCTIONS(cpc::StructureChanges)
public:
    struct Added {
        QString id;
        QList<FieldChange> changes;
    };

    // A new activity at the end of objective section `sectionId`, titled `title` in either or both languages.
    static Result<Added> addActivity(const Report& r, const QString& sectionId, const BiText& title);
    // A new indicator of objective `objective` (1-4), named `name`.
    static Result<Added> addIndicator(const Report& r, int objective, const BiText& name);

    // A glossary entry: the English term is its identity, so it is required; the Spanish may come later.
    static Result<Added> addGlossaryTerm(const Report& r, const BiText& term);
    // An entity of `kind` (Vocabulary::entityKinds) named `name`, with `acronym` if it has one. Its id comes
    // from the acronym, else from the initials of the name.
    static Result<Added> addEntity(const Report& r, const QString& kind, const BiText& acronym,
                                   const BiText& name);

    static Result<QList<FieldChange>> removeActivity(const Report& r, const QString& id);
    static Result<QList<FieldChange>> removeIndicator(const Report& r, const QString& id);
    static Result<QList<FieldChange>> removeGlossaryTerm(const Report& r, const QString& termEn);
    // Refused, naming the parts, while the entity prepares the report, is assigned a section or is
    // responsible for an activity or an indicator: those are changed first.
    static Result<QList<FieldChange>> removeEntity(const Report& r, const QString& id);

    // Moves an activity within its section, or an indicator among those of its objective, by one place
    // (`step` -1 up, +1 down). An error when it is already first or last.
    static Result<QList<FieldChange>> moveActivity(const Report& r, const QString& id, int step);
    static Result<QList<FieldChange>> moveIndicator(const Report& r, const QString& id, int step);
    static bool canMoveActivity(const Report& r, const QString& id, int step);
    static bool canMoveIndicator(const Report& r, const QString& id, int step);

    // When `removal` removes an activity or an indicator of `r`: the changes that put it back whole and in
    // its place (an indicator's breakdowns in their order, then the list's order). Empty otherwise.
    static QList<FieldChange> restoreRemoved(const Report& r, const FieldChange& removal);

    // An entity id made of `text`'s letters and digits in capitals ("MinInterior" -> "MININTERIOR"); of the
    // initials of its words when it has several ("Pan American Development Foundation" -> "PADF").
    static QString entityIdFrom(const QString& text);

    // "N.k" with k one more than the highest number used under objective N among `used`.
    static QString nextNumber(int objective, const QStringList& used);
};

} // namespace cpc
