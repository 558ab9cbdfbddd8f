// The translation sources are complete: no unfinished entry in the committed .ts files, nothing
// lupdate finds in the code that they lack (scripts/update-translations.sh run into a copy), and
// every translation keeps its source's placeholders and keyboard mnemonic.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <utility>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QString sourceDir() {
    return QDir(QStringLiteral(CHANGERISK_TEMPLATES_DIR "/../..")).canonicalPath();
}

QString tsPath(const QString& lang) {
    return sourceDir() + QStringLiteral("/resources/translations/changerisk_") + lang +
           QStringLiteral(".ts");
}

std::vector<Message> readTs(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plain translations hold text; plural ones hold <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    current.forms << xml.readElementText();
                }
            }
            if (current.forms.isEmpty()) {
                current.forms << text;
            }
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

bool active(const Message& m) {
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

std::string describe(const Message& m) {
    return "[" + m.context.toStdString() + "] \"" + m.source.toStdString() + "\"";
}

// The sorted placeholders (%1, %2, %n) of a text.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

void expectComplete(const std::vector<Message>& messages, const QString& file) {
    EXPECT_FALSE(messages.empty()) << file.toStdString();
    for (const Message& m : messages) {
        if (!active(m)) {
            continue;
        }
        EXPECT_NE(m.type.toStdString(), "unfinished") << file.toStdString() << ": " << describe(m);
        for (const QString& form : m.forms) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << file.toStdString() << ": " << describe(m);
            EXPECT_EQ(placeholders(form).join(' ').toStdString(),
                      placeholders(m.source).join(' ').toStdString())
                << describe(m) << " -> \"" << form.toStdString() << "\"";
            // A menu or tab text keeps a mnemonic ("&&" is a literal ampersand).
            const bool sourceHasMnemonic =
                QString(m.source).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
            const bool formHasMnemonic =
                QString(form).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
            EXPECT_EQ(formHasMnemonic, sourceHasMnemonic)
                << describe(m) << " -> \"" << form.toStdString() << "\"";
        }
    }
}

std::set<std::pair<QString, QString>> activeKeys(const std::vector<Message>& messages) {
    std::set<std::pair<QString, QString>> keys;
    for (const Message& m : messages) {
        if (active(m)) {
            keys.insert({m.context, m.source});
        }
    }
    return keys;
}

TEST(TsFile, CommittedGermanAndEnglishFilesAreComplete) {
    for (const QString lang : {QStringLiteral("de"), QStringLiteral("en")}) {
        expectComplete(readTs(tsPath(lang)), tsPath(lang));
    }
}

TEST(TsFile, LupdateFindsNoStringTheFilesLack) {
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TS_OUT_DIR"), out.path());
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + "/lupdate";
    ASSERT_TRUE(QFile::exists(lupdate)) << lupdate.toStdString();
    env.insert(QStringLiteral("LUPDATE"), lupdate);
    script.setProcessEnvironment(env);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(sourceDir() + QStringLiteral("/scripts/update-translations.sh"), {});
    ASSERT_TRUE(script.waitForFinished(120000));
    const QString log = QString::fromLocal8Bit(script.readAll());
    // Exit 1 means unfinished entries after lupdate: strings in the code the .ts lacks.
    EXPECT_EQ(script.exitCode(), 0) << "run scripts/update-translations.sh and translate:\n"
                                    << log.toStdString();

    for (const QString lang : {QStringLiteral("de"), QStringLiteral("en")}) {
        const auto committed = readTs(tsPath(lang));
        const auto updated = readTs(out.filePath(QStringLiteral("changerisk_") + lang + ".ts"));
        expectComplete(updated, lang);
        // Same entries both ways: nothing new in the code, nothing the committed file marks
        // obsolete that the code still needs, nothing committed that the code no longer has.
        const auto want = activeKeys(updated);
        const auto have = activeKeys(committed);
        for (const auto& key : want) {
            EXPECT_TRUE(have.count(key))
                << lang.toStdString() << ": the .ts lacks [" << key.first.toStdString() << "] \""
                << key.second.toStdString() << "\"";
        }
        for (const auto& key : have) {
            EXPECT_TRUE(want.count(key))
                << lang.toStdString() << ": not in the code any more: [" << key.first.toStdString()
                << "] \"" << key.second.toStdString() << "\"";
        }
    }
}

TEST(TsFile, PlaceholderCheckCatchesADroppedArgument) {
    // The check above must be able to fail: a translation that lost %2.
    EXPECT_NE(placeholders(QStringLiteral("Noch %1")),
              placeholders(QStringLiteral("%1 min %2 s left")));
    EXPECT_EQ(placeholders(QStringLiteral("%2 und %1")), placeholders(QStringLiteral("%1 %2")));
}

} // namespace
