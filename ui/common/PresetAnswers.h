#pragma once

#include <QQueue>
#include <optional>

namespace cpc {

// Answers given in advance to a modal question, so that the tests never wait on a dialog: each time the
// question is asked it takes the oldest answer left; with none left the dialog is shown to the user.
template <typename T> class PresetAnswers {
public:
    void add(const T& answer) { m_queue.enqueue(answer); }
    std::optional<T> take() { return m_queue.isEmpty() ? std::nullopt : std::optional<T>(m_queue.dequeue()); }
    void clear() { m_queue.clear(); }

private:
    QQueue<T> m_queue;
};

} // namespace cpc
