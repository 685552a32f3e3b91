package io.communitypulse.sentiment.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights and their provenance, and the versioned binary format they are stored in:
 * gzip of magic {@code CPSM}, format version, model version, SHA-256 of the training data, seed, rows,
 * n-gram order, hash bits, dense weights, then the non-zero n-gram weights as (index delta, int16
 * quantised weight) pairs. Quantising to 16 bits keeps the artifact small and moves scores by
 * less than 1e-3.
 */
public record ModelArtifact(
        String modelVersion,
        String trainingDataSha256,
        long seed,
        int trainingRows,
        int maxOrder,
        int hashBits,
        float[] denseWeights,
        float[] ngramWeights) {

    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x4350534D; // "CPSM"
    private static final int ID_CHECKSUM_CHARS = 12;

    /** Model version and the start of the training data checksum: {@code v4/d9bd77700871}. */
    public String id() {
        return modelVersion + "/" + trainingDataSha256.substring(0, Math.min(ID_CHECKSUM_CHARS, trainingDataSha256.length()));
    }

    public void writeTo(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeUTF(modelVersion);
        out.writeUTF(trainingDataSha256);
        out.writeLong(seed);
        out.writeInt(trainingRows);
        out.writeInt(maxOrder);
        out.writeInt(hashBits);
        out.writeInt(denseWeights.length);
        for (float w : denseWeights) {
            out.writeFloat(w);
        }
        float scale = maxAbs(ngramWeights) / Short.MAX_VALUE;
        out.writeFloat(scale);
        int nonZero = 0;
        for (float w : ngramWeights) {
            if (quantise(w, scale) != 0) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        int previous = -1;
        for (int i = 0; i < ngramWeights.length; i++) {
            short q = quantise(ngramWeights[i], scale);
            if (q != 0) {
                writeVarInt(out, i - previous);
                out.writeShort(q);
                previous = i;
            }
        }
        out.flush();
        gzip.finish();
    }

    public static ModelArtifact readFrom(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a sentiment model artifact");
        }
        int format = in.readInt();
        if (format != FORMAT_VERSION) {
            throw new IOException("model format " + format + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        String modelVersion = in.readUTF();
        String sha = in.readUTF();
        long seed = in.readLong();
        int rows = in.readInt();
        int maxOrder = in.readInt();
        int hashBits = in.readInt();
        float[] dense = new float[in.readInt()];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = in.readFloat();
        }
        float scale = in.readFloat();
        float[] ngrams = new float[1 << hashBits];
        int nonZero = in.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarInt(in);
            ngrams[index] = in.readShort() * scale;
        }
        return new ModelArtifact(modelVersion, sha, seed, rows, maxOrder, hashBits, dense, ngrams);
    }

    public int nonZeroNgrams() {
        int n = 0;
        for (float w : ngramWeights) {
            if (w != 0) {
                n++;
            }
        }
        return n;
    }

    private static short quantise(float w, float scale) {
        return scale == 0 ? 0 : (short) Math.round(w / scale);
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}
