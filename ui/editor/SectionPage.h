#pragma once

#include "editor/PageContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace cpc {

class BilingualEditor;

// The page of a section or an activity: its title and narrative in both languages, its review status,
// who writes it, and beside it the template's guidance in the interface language.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    explicit SectionPage(const PageContext& context, QWidget* parent = nullptr);

    BilingualEditor* titleEditor() const { return m_title; }
    BilingualEditor* bodyEditor() const { return m_body; }

private:
    void refresh();
    void statusChosen(int index);
    bool isActivity() const { return m_ctx.node.kind == NodeKind::Activity; }

    PageContext m_ctx;
    QLabel* m_heading;
    QLabel* m_assigned;
    QComboBox* m_status;
    QTextBrowser* m_guidance;
    BilingualEditor* m_title;
    BilingualEditor* m_body;
};

} // namespace cpc
