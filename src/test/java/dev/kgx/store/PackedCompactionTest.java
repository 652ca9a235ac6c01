package dev.kgx.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackedCompactionTest {
    @Test
    void aFailedPackReportsItsOwnCauseEvenAnError(@TempDir Path dir) {
        Location location = Location.create(dir);
        DatasetGraphTDB db = StoreConnection.connectCreate(location).getDatasetGraphTDB();
        try {
            BPlusTree empty = LoaderOps.idxBTree(db.getQuadTable().getNodeTupleTable().getTupleTable()
                    .getIndexes()[0]);
            Record first = empty.getRecordFactory().create(new byte[empty.getRecordFactory().keyLength()]);
            // what a write through a mapped file on a full disk throws
            Iterator<Record> failing = new Iterator<>() {
                private boolean given;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Record next() {
                    if (given) {
                        throw new InternalError("a fault occurred in an unsafe memory access operation");
                    }
                    given = true;
                    return first;
                }
            };
            InternalError e = assertThrows(InternalError.class, () -> PackedCompaction.pack(failing, empty));
            assertEquals("a fault occurred in an unsafe memory access operation", e.getMessage());
        } finally {
            StoreConnection.release(location);
        }
    }
}
