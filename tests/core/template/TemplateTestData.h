#pragma once

#include "template/Template.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>

// Failed checks on QString show the text rather than "{?}".
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace cpc::test {

// The template shipped with the program (resources/templates/colombia-cpc.json) and our sample report.
QString shippedTemplatePath();
QString ownSamplePath();
Template shippedTemplate(); // fails the test if it does not read

// A small valid template, as text, for tests that break one thing in it.
QByteArray minimalTemplateJson();
// minimalTemplateJson() with the first occurrence of `from` replaced by `to` (fails the test if absent).
QByteArray minimalTemplateWith(const QByteArray& from, const QByteArray& to);

} // namespace cpc::test
