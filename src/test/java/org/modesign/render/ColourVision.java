package org.modesign.render;

/**
 * How a colour looks to people with a colour-vision deficiency, by the model of Machado, Oliveira
 * and Fernandes (2009) at full severity, applied to linear sRGB; and how far apart two colours look
 * (CIE76 ΔE in CIELAB, D65: about 2 is just noticeable, 10 and more is plainly different).
 */
enum ColourVision {

    TYPICAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    ColourVision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** {@code colour} as this kind of vision sees it. */
    Rgb see(Rgb colour) {
        double[] linear = {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
        int[] seen = new int[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += matrix[i][j] * linear[j];
            }
            seen[i] = (int) Math.round(gamma(Math.max(0, Math.min(1, sum))) * 255);
        }
        return new Rgb(seen[0], seen[1], seen[2], 1);
    }

    /** The CIE76 colour difference of {@code a} and {@code b}. */
    static double difference(Rgb a, Rgb b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(Rgb colour) {
        double r = linear(colour.red());
        double g = linear(colour.green());
        double b = linear(colour.blue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }
}
