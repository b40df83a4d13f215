#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace cpc::fuzz {

// Sets up what every target needs once: a QCoreApplication (translations, settings) and quiet Qt
// messages, so that the fuzzer's output shows only findings.
void init();
// The project's sample report (resources/samples/sample-report.json), parsed once.
const Report& sampleReport();
// A private scratch folder in memory-backed storage when there is one (/dev/shm), for targets that need
// files.
QString scratchDir();
QByteArray bytesOf(const uint8_t* data, size_t size);

} // namespace cpc::fuzz
