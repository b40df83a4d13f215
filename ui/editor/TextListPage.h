#pragma once

#include "editor/PageContext.h"

#include <QWidget>
#include <functional>

class QBoxLayout;

namespace cpc {

// A page of several bilingual texts, one after the other: the entities' acronyms and names, the
// glossary's definitions, an indicator's name, definition and source. Rebuilt when the list of
// objects changes (an entity added or removed). Glossary terms and entities are removed here.
class TextListPage : public QWidget {
    Q_OBJECT
public:
    explicit TextListPage(const PageContext& context, QWidget* parent = nullptr);

private:
    void build();
    // A glossary entry's or an entity's heading, with its remove button (each removal one undo step).
    QBoxLayout* headingWithRemove(const QString& text, QWidget* parent, const QString& action,
                                  std::function<void()> remove);
    void removeTerm(const QString& termEn);
    void removeEntity(const QString& id);
    QString structureKey() const;

    PageContext m_ctx;
    QWidget* m_content = nullptr;
    QString m_structure;
};

} // namespace cpc
