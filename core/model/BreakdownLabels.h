#pragma once

#include "model/BiText.h"

#include <QList>
#include <QString>

namespace cpc {

// The words a report prints for its breakdown codes: a bilingual label per disaggregation dimension
// ("sex" → Sex / Sexo) and per category within its dimension ("sex"/"female" → Female / Femenino; the same
// code may read differently under another dimension). Shared by every indicator of the report, like a
// glossary; the template's vocabulary fills it when a report is created and the window edits it. Entries
// keep the author's (or template's) order, which is the order the window offers them in.
//
// Labels are terms, not prose: they carry no translation bookkeeping (a missing side is a readiness
// warning, see checks/IndicatorRules).
class BreakdownLabels {
public:
    struct Category {
        QString code;
        BiText label;
        bool operator==(const Category&) const = default;
    };
    struct Dimension {
        QString code;
        BiText label;
        QList<Category> categories;
        bool operator==(const Dimension&) const = default;
    };

    // The label of a dimension or of one of its categories; empty when none was set.
    BiText dimension(const QString& code) const;
    BiText category(const QString& dimension, const QString& code) const;
    bool hasDimension(const QString& code) const { return find(code) != nullptr; }
    bool hasCategory(const QString& dimension, const QString& code) const;

    // Sets one side of a label, adding the entry (and its dimension) when missing.
    void setDimension(const QString& code, Language side, const QString& text);
    void setCategory(const QString& dimension, const QString& code, Language side, const QString& text);
    // Replaces a whole entry (undo of a removal, a change document's object); added at the end when new.
    void putDimension(const Dimension& d);
    void putCategory(const QString& dimension, const Category& c);
    // Adds the entries of `vocabulary` (a template's) that are not here; labels already here win.
    void addMissing(const BreakdownLabels& vocabulary);
    // False when there was nothing to remove. Removing a dimension removes its categories' labels.
    bool removeDimension(const QString& code);
    bool removeCategory(const QString& dimension, const QString& code);

    const QList<Dimension>& dimensions() const { return m_dims; }
    const Dimension* find(const QString& code) const;
    bool isEmpty() const { return m_dims.isEmpty(); }

    // A code for a dimension or category the user names in the window ("Grupo étnico" → "grupo_etnico"):
    // lower case, without accents, words joined by underscores. Empty when the name has no letter or digit.
    static QString codeFor(const QString& label);
    // A readable stand-in for a code that has no label: "age_group" → "Age group". Never prints underscores.
    static QString readable(const QString& code);

    bool operator==(const BreakdownLabels&) const = default;

private:
    Dimension* findMutable(const QString& code);
    QList<Dimension> m_dims;
};

} // namespace cpc
