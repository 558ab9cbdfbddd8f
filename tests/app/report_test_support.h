// Helpers of the report tests: run the CLI, read a PDF back with poppler (pdftotext,
// pdftoppm), and format the result document's figures the way a reader expects them.
#pragma once

#include "process.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace cr::test {

// The PDF's text (pages `first`..`last`, 0 = all) with every run of white space made one
// space, so that a table cell broken over two lines still reads as one phrase.
std::string pdfText(const std::string& pdf, int first = 0, int last = 0);
int pdfPages(const std::string& pdf);
std::string squeezeSpaces(const std::string& text);

// A page rendered by pdftoppm as 8-bit RGB.
struct Picture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
};
Picture renderPage(const std::string& pdf, int page, int dpi);

// Pixels in a box (millimetres from the page's top-left corner) that are clearly coloured
// (not white, grey or black): the charts' curves and bars, not their text or grid.
int colouredPixels(const Picture& picture, int dpi, double x, double y, double w, double h);
// Variance of the grey level over the box.
double greyVariance(const Picture& picture, int dpi, double x, double y, double w, double h);

// x rounded to two significant figures, written out here without the program's helper.
double twoSignificant(double x);

} // namespace cr::test
