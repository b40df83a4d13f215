#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace cpc {

// The ZIP container of an Office Open XML document, built in memory (libzip), so that nothing reaches
// the disk until the whole document exists.
class DocxPackage {
    Q_DECLARE_TR_FUNCTIONS(cpc::DocxPackage)
public:
    void add(const QString& name, QByteArray bytes) { m_parts.append({name, std::move(bytes)}); }
    Result<QByteArray> bytes() const;

private:
    QList<std::pair<QString, QByteArray>> m_parts;
};

} // namespace cpc
