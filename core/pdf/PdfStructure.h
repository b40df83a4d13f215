#pragma once

#include "model/Language.h"

#include <QString>
#include <optional>
#include <vector>

namespace cpc {

// The logical structure of the document (Tagged PDF, ISO 32000-1 §14.7): elements such as H1, P, Table,
// Figure in a tree, and where each one's content landed (marked-content ids on pages, link annotations).
// The composers create elements; ops carry the id of the element they belong to; the content writer
// reports each run of an element's content as it writes it, so that the tree's order is the reading
// order of the pages. PdfTagging turns it into PDF objects. Libharu-free, so that it can be tested alone.
class PdfStructure {
public:
    enum class Scope : unsigned char { None, Column, Row };
    struct Kid {
        int element = -1; // a child element, or:
        int page = -1;    // marked content on a page...
        int mcid = -1;
        int annotation = -1; // ...or an annotation (index into annotations())
    };
    struct Element {
        const char* type = "P";
        int parent = -1;
        int passage = -1;             // content of one language passage is written together on a page
        std::optional<Language> lang; // set where it differs from the parent's
        QString alt;                  // Figure: alternate description; Link: none (its annotation has one)
        Scope scope = Scope::None;
        int column = -1;       // TH/TD: the column; TR: -
        bool attached = false; // already a kid of its parent
        std::vector<Kid> kids;
        std::vector<int> cells; // TR: its cells in column order
    };
    struct Annotation {
        int element = -1;
        int page = -1;
        void* handle = nullptr; // the writer's annotation object
    };

    PdfStructure();

    // A new element under `parent` (0 is the Document). `lang` is stored only where it differs from the
    // language its ancestors give.
    int add(const char* type, int parent, std::optional<Language> lang = std::nullopt);
    int newPassage() { return m_passages++; }
    Element& at(int id) { return m_elements[size_t(id)]; }
    const Element& at(int id) const { return m_elements[size_t(id)]; }
    const std::vector<Element>& elements() const { return m_elements; }
    // The language in force at `id` (its own, else its nearest ancestor's, else the document's).
    Language languageAt(int id) const;
    void setDocumentLanguage(Language l) { m_documentLanguage = l; }
    Language documentLanguage() const { return m_documentLanguage; }

    // Content of `element` written on `page` as marked-content sequence `mcid`: attaches the element (and
    // its ancestors) to the tree in reading order.
    void addContent(int element, int page, int mcid);
    void addAnnotation(int element, int page, void* handle);
    const std::vector<Annotation>& annotations() const { return m_annotations; }
    // Per page, the element of each marked-content id (the page's entry of the parent tree).
    const std::vector<std::vector<int>>& pageContents() const { return m_pageContents; }
    // Table rows list their cells in column order, empty cells included. Call once, after all content.
    void finish();

private:
    void attach(int element);

    std::vector<Element> m_elements;
    std::vector<Annotation> m_annotations;
    std::vector<std::vector<int>> m_pageContents;
    Language m_documentLanguage = Language::En;
    int m_passages = 0;
};

} // namespace cpc
