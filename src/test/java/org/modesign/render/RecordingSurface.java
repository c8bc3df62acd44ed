package org.modesign.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A test double that records every draw call with the colours and line width in force. */
class RecordingSurface implements Surface {

    /** One draw call: its name, the numbers passed, the text (or null) and the state at the time. */
    record Call(String op, double[] args, String text, Rgb fill, Rgb stroke, double lineWidth, Dash dash,
            double dashOffset) {
        /** The colour the call paints with: the stroke for stroke calls, else the fill. */
        Rgb colour() {
            return op.startsWith("stroke") ? stroke : fill;
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final List<Object[]> stack = new ArrayList<>();
    private Rgb fill = Rgb.of(0);
    private Rgb stroke = Rgb.of(0);
    private double lineWidth = 1;
    private Dash dash = Dash.SOLID;
    private double dashOffset;
    private int saves;
    private int restores;

    List<Call> calls() {
        return calls;
    }

    List<Call> calls(String op) {
        return calls.stream().filter(c -> c.op().equals(op)).toList();
    }

    long count(Predicate<Call> filter) {
        return calls.stream().filter(filter).count();
    }

    List<String> texts() {
        return calls("text").stream().map(Call::text).toList();
    }

    boolean balanced() {
        return stack.isEmpty() && saves == restores;
    }

    void clear() {
        calls.clear();
    }

    @Override
    public void save() {
        saves++;
        stack.add(new Object[] {fill, stroke, lineWidth, dash, dashOffset});
    }

    @Override
    public void restore() {
        restores++;
        Object[] state = stack.remove(stack.size() - 1);
        fill = (Rgb) state[0];
        stroke = (Rgb) state[1];
        lineWidth = (Double) state[2];
        dash = (Dash) state[3];
        dashOffset = (Double) state[4];
    }

    @Override
    public void translate(double dx, double dy) {
        record("translate", null, dx, dy);
    }

    @Override
    public void scale(double factor) {
        record("scale", null, factor);
    }

    @Override
    public void setFill(Rgb colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setDash(Dash newDash) {
        setDash(newDash, 0);
    }

    @Override
    public void setDash(Dash newDash, double offset) {
        dash = newDash;
        dashOffset = offset;
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        record("fillRect", null, x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        record("strokeRect", null, x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        record("fillRoundRect", null, x, y, width, height, radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        record("strokeRoundRect", null, x, y, width, height, radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        record("strokeLine", null, x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        record("strokePolyline", null, interleave(xs, ys, n));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        record("fillPolygon", null, interleave(xs, ys, n));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        record("fillOval", null, x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        record("text", text, x, y, font.size());
    }

    private void record(String op, String text, double... args) {
        calls.add(new Call(op, args, text, fill, stroke, lineWidth, dash, dashOffset));
    }

    private static double[] interleave(double[] xs, double[] ys, int n) {
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = xs[i];
            points[2 * i + 1] = ys[i];
        }
        return points;
    }
}
