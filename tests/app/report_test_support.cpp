// Poppler-based reading of the report PDFs for the report tests.
#include "report_test_support.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace cr::test {

std::string squeezeSpaces(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        // U+00A0 (no-break space) counts as white space too.
        const bool nbsp =
            c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
            space = true;
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

std::string pdfText(const std::string& pdf, int first, int last) {
    std::vector<std::string> args = {"/usr/bin/pdftotext", "-enc", "UTF-8"};
    if (first > 0) {
        args.insert(args.end(), {"-f", std::to_string(first), "-l", std::to_string(last)});
    }
    args.insert(args.end(), {pdf, "-"});
    const auto r = runProcess(args);
    if (r.exitCode != 0) {
        throw std::runtime_error("pdftotext failed: " + r.err);
    }
    return squeezeSpaces(r.out);
}

int pdfPages(const std::string& pdf) {
    const auto r = runProcess({"/usr/bin/pdfinfo", pdf});
    const auto at = r.out.find("Pages:");
    if (r.exitCode != 0 || at == std::string::npos) {
        throw std::runtime_error("pdfinfo failed: " + r.err);
    }
    return std::stoi(r.out.substr(at + 6));
}

Picture renderPage(const std::string& pdf, int page, int dpi) {
    const std::string dir = makeTempDir();
    const auto r =
        runProcess({"/usr/bin/pdftoppm", "-r", std::to_string(dpi), "-f", std::to_string(page),
                    "-l", std::to_string(page), "-singlefile", pdf, dir + "/page"});
    if (r.exitCode != 0) {
        throw std::runtime_error("pdftoppm failed: " + r.err);
    }
    const std::string bytes = readFile(dir + "/page.ppm");
    std::filesystem::remove_all(dir);
    std::istringstream in(bytes);
    std::string magic;
    int maxValue = 0;
    Picture p;
    in >> magic >> p.width >> p.height >> maxValue;
    in.get();
    if (magic != "P6" || maxValue != 255) {
        throw std::runtime_error("unexpected pdftoppm output");
    }
    p.rgb.resize(static_cast<std::size_t>(p.width) * p.height * 3);
    in.read(reinterpret_cast<char*>(p.rgb.data()), static_cast<std::streamsize>(p.rgb.size()));
    return p;
}

namespace {

template <typename F>
void forBox(const Picture& p, int dpi, double x, double y, double w, double h, F f) {
    const auto px = [dpi](double mm) { return static_cast<int>(std::lround(mm / 25.4 * dpi)); };
    for (int row = px(y); row < px(y + h) && row < p.height; ++row) {
        for (int col = px(x); col < px(x + w) && col < p.width; ++col) {
            const std::size_t i = (static_cast<std::size_t>(row) * p.width + col) * 3;
            f(p.rgb[i], p.rgb[i + 1], p.rgb[i + 2]);
        }
    }
}

} // namespace

int colouredPixels(const Picture& picture, int dpi, double x, double y, double w, double h) {
    int count = 0;
    forBox(picture, dpi, x, y, w, h, [&](int r, int g, int b) {
        const int spread = std::max({r, g, b}) - std::min({r, g, b});
        count += spread > 60 ? 1 : 0;
    });
    return count;
}

double greyVariance(const Picture& picture, int dpi, double x, double y, double w, double h) {
    double sum = 0, sumSquares = 0, n = 0;
    forBox(picture, dpi, x, y, w, h, [&](int r, int g, int b) {
        const double grey = (r + g + b) / 3.0;
        sum += grey;
        sumSquares += grey * grey;
        n += 1;
    });
    return n > 1 ? (sumSquares - sum * sum / n) / (n - 1) : 0;
}

double twoSignificant(double x) {
    if (x == 0) {
        return 0;
    }
    // Via the decimal text: "%.1e" keeps two significant digits.
    char text[32];
    std::snprintf(text, sizeof text, "%.1e", x);
    return std::strtod(text, nullptr);
}

} // namespace cr::test
