#include "pdf/PdfStructure.h"

#include <algorithm>
#include <cstring>

namespace cpc {

PdfStructure::PdfStructure()
{
    Element document;
    document.type = "Document";
    document.attached = true;
    m_elements.push_back(std::move(document));
}

Language PdfStructure::languageAt(int id) const
{
    for (int e = id; e >= 0; e = m_elements[size_t(e)].parent)
        if (m_elements[size_t(e)].lang) return *m_elements[size_t(e)].lang;
    return m_documentLanguage;
}

int PdfStructure::add(const char* type, int parent, std::optional<Language> lang)
{
    Element e;
    e.type = type;
    e.parent = parent < 0 ? 0 : parent;
    if (lang && *lang != languageAt(e.parent)) e.lang = lang;
    m_elements.push_back(std::move(e));
    const int id = int(m_elements.size()) - 1;
    Element& created = m_elements.back();
    if (std::strcmp(type, "TH") == 0 || std::strcmp(type, "TD") == 0) {
        Element& row = m_elements[size_t(created.parent)];
        created.column = int(row.cells.size());
        row.cells.push_back(id);
    }
    return id;
}

void PdfStructure::attach(int element)
{
    // Ancestors first, so that each element comes after its parent in the tree's reading order.
    std::vector<int> chain;
    for (int e = element; e >= 0 && !m_elements[size_t(e)].attached; e = m_elements[size_t(e)].parent)
        chain.push_back(e);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        Element& e = m_elements[size_t(*it)];
        e.attached = true;
        m_elements[size_t(e.parent)].kids.push_back(Kid{*it});
    }
}

void PdfStructure::addContent(int element, int page, int mcid)
{
    attach(element);
    m_elements[size_t(element)].kids.push_back(Kid{-1, page, mcid});
    if (m_pageContents.size() <= size_t(page)) m_pageContents.resize(size_t(page) + 1);
    std::vector<int>& contents = m_pageContents[size_t(page)];
    if (contents.size() <= size_t(mcid)) contents.resize(size_t(mcid) + 1, -1);
    contents[size_t(mcid)] = element;
}

void PdfStructure::addAnnotation(int element, int page, void* handle)
{
    attach(element);
    m_annotations.push_back({element, page, handle});
    m_elements[size_t(element)].kids.push_back(Kid{-1, page, -1, int(m_annotations.size()) - 1});
}

void PdfStructure::finish()
{
    // A row's cells in column order, the empty ones too, so that every row has as many cells as the
    // header (a screen reader counts columns to name the header of a cell).
    for (Element& row : m_elements) {
        if (!row.attached || row.cells.empty()) continue;
        std::vector<Kid> kids;
        for (int c : row.cells) {
            m_elements[size_t(c)].attached = true;
            kids.push_back(Kid{c});
        }
        row.kids = std::move(kids);
    }
}

} // namespace cpc
