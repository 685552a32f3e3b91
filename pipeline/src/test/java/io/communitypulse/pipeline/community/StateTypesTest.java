package io.communitypulse.pipeline.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/** The states are Flink POJOs all the way down: no field falls back to Kryo, which loses list order and costs bytes. */
class StateTypesTest {

    @Test
    void theRosterStateIsSerialisedByFlinksOwnSerialisers() {
        assertThat(kryoFields(TypeInformation.of(GroupHealthState.class), "GroupHealthState"))
                .as("fields Flink would hand to Kryo").isEmpty();
    }

    @Test
    void theExitStateIsSerialisedByFlinksOwnSerialisers() {
        assertThat(kryoFields(TypeInformation.of(ExitState.class), "ExitState")).as("fields Flink would hand to Kryo").isEmpty();
    }

    @Test
    void aWalkOfTheTypesFindsKryoWhereItIs() {
        assertThat(kryoFields(TypeInformation.of(WithAnObject.class), "WithAnObject")).containsExactly("WithAnObject.anything");
    }

    /** A POJO with a field Flink cannot analyse. */
    public static final class WithAnObject {
        public Object anything;
        public List<String> names;
    }

    static List<String> kryoFields(TypeInformation<?> type, String path) {
        List<String> found = new ArrayList<>();
        if (type instanceof GenericTypeInfo<?>) {
            found.add(path);
        } else if (type instanceof ListTypeInfo<?> list) {
            found.addAll(kryoFields(list.getElementTypeInfo(), path + "[]"));
        } else if (type instanceof PojoTypeInfo<?> pojo) {
            for (int i = 0; i < pojo.getArity(); i++) {
                found.addAll(kryoFields(pojo.getPojoFieldAt(i).getTypeInformation(),
                        path + "." + pojo.getPojoFieldAt(i).getField().getName()));
            }
        }
        return found;
    }
}
