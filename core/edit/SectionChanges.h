#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "template/Template.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// The sections a template lets a report leave out (`"required": false`): removed, and added back in the
// template's place. Sections the template requires, and sections it does not know, stay. The result is a
// change list for ReportDocument::apply, which checks locks and assignments like any other edit.
class SectionChanges {
    Q_DECLARE_TR_FUNCTIONS(cpc::SectionChanges)
public:
    // The template's optional sections the report does not have, in the template's order.
    static QList<TemplateSection> addable(const Report& r, const Template& t);
    static bool removable(const Report& r, const Template* t, const QString& id);

    static Result<QList<FieldChange>> add(const Report& r, const Template& t, const QString& id);
    static Result<QList<FieldChange>> remove(const Report& r, const Template* t, const QString& id);

    // When `removal` removes a section of `r`: the changes that put it back whole (its activities
    // inside) and in its place. Empty otherwise.
    static QList<FieldChange> restoreRemoved(const Report& r, const FieldChange& removal);
};

} // namespace cpc
