package extract

// lexTable is the lexicon as an open-addressing hash table: every token of
// every sentence is looked up, and a Go map with string keys costs a cache
// miss on the key for most of them. Here a slot holds the key's hash, so a
// word the lexicon lacks usually costs one slot read.
type lexTable struct {
	slots []lexSlot
	mask  uint64
}

type lexSlot struct {
	hash  uint64
	key   string
	entry *lexEntry
}

func newLexTable(m map[string]*lexEntry) *lexTable {
	size := uint64(1)
	for size < uint64(len(m))*2 {
		size <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: size - 1}
	for w, e := range m {
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i].entry != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{hash: h, key: w, entry: e}
	}
	return t
}

// get is the entry of a lower-case word, or nil.
func (t *lexTable) get(w string) *lexEntry {
	h := wordHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.entry == nil {
			return nil
		}
		if s.hash == h && s.key == w {
			return s.entry
		}
	}
}

// wordHash is 64-bit FNV-1a, with the high bits folded down so that the
// mask sees all of them.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h ^ h>>32
}
