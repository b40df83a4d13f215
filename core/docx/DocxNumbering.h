#pragma once

#include <QByteArray>
#include <QList>

namespace cpc {

// Word lists: one bulleted and one numbered definition, and an instance per list of the report so that
// each numbered list starts at 1 and Word's own list commands work on it.
class DocxNumbering {
public:
    // A new list; returns its numId for the list's paragraphs.
    int newList(bool ordered);
    QByteArray xml() const;

private:
    QList<bool> m_lists; // ordered?, by numId - 1
};

} // namespace cpc
