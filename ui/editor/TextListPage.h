#pragma once

#include "editor/PageContext.h"

#include <QWidget>

namespace cpc {

// A page of several bilingual texts, one after the other: the entities' acronyms and names, the
// glossary's definitions, an indicator's name, definition and source. Rebuilt when the list of
// objects changes (an entity added or removed).
class TextListPage : public QWidget {
    Q_OBJECT
public:
    explicit TextListPage(const PageContext& context, QWidget* parent = nullptr);

private:
    void build();
    QString structureKey() const;

    PageContext m_ctx;
    QWidget* m_content = nullptr;
    QString m_structure;
};

} // namespace cpc
