import com.ibm.icu.text.Transliterator;
import java.nio.file.*; import java.util.*;
public class GenerateT2s { public static void main(String[] a) throws Exception {
  Transliterator t = Transliterator.getInstance("Traditional-Simplified");
  StringBuilder sb = new StringBuilder(); int n=0;
  for (int c = 0x3400; c <= 0x9FFF; c++) { String s = String.valueOf((char)c); String r = t.transliterate(s);
    if (r.length()==1 && r.charAt(0)!=c) { sb.append(s).append(r); n++; } }
  Files.writeString(Path.of(a[0]), sb.toString()); System.out.println(n);
}}
