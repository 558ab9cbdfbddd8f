// The language figures are formatted in: the UI's (QLocale) when the model knows it, else English.
#pragma once

#include "format/number_format.h"

#include <QLocale>

namespace cr::ui {

inline Language uiLanguage(const QLocale& locale = QLocale()) {
    return locale.language() == QLocale::German ? Language::German : Language::English;
}

} // namespace cr::ui
