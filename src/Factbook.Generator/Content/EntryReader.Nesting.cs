namespace Factbook.Generator.Content
{
    internal static partial class EntryReader
    {
        /// <summary>Entries inside entries (<c>in: Category</c>, <c>at: subcategories[].items[]</c>): found below each holding entry once it is read.</summary>
        private sealed partial class Reader
        {
            private Dictionary<string, List<TypeSpec>>? _heldTypes;

            /// <summary>The types whose entries sit inside entries of <paramref name="type"/>, in schema order.</summary>
            private List<TypeSpec> HeldTypes(TypeSpec type)
            {
                if (_heldTypes is null)
                {
                    _heldTypes = new Dictionary<string, List<TypeSpec>>(System.StringComparer.Ordinal);
                    foreach (var nested in _schema.Types.Where(candidate => candidate.Binding.IsNested))
                    {
                        if (!_heldTypes.TryGetValue(nested.Binding.Container, out var list))
                        {
                            _heldTypes.Add(nested.Binding.Container, list = new List<TypeSpec>());
                        }

                        list.Add(nested);
                    }
                }

                return _heldTypes.TryGetValue(type.Name, out var held) ? held : NoTypes;
            }

            private static readonly List<TypeSpec> NoTypes = new();

            private readonly Dictionary<string, HashSet<string>> _heldKeys = new(System.StringComparer.Ordinal);

            /// <summary>
            /// The keys of <paramref name="type"/>'s entries that lead to held entries (theirs, or those a way down passes
            /// through them to), and those a held type left out for an error would have taken; made once per type and file.
            /// </summary>
            private HashSet<string> HeldKeys(TypeSpec type)
            {
                if (_heldKeys.TryGetValue(type.Name, out var known))
                {
                    return known;
                }

                var keys = new HashSet<string>(System.StringComparer.Ordinal);
                _heldKeys.Add(type.Name, keys);
                foreach (var (held, from) in EntryPath.Through(_schema, type))
                {
                    keys.Add(held.Binding.At[from].Key);
                }

                foreach (var broken in _schema.BrokenHeldKeys)
                {
                    if (broken.Container == type.Name || broken.Container.Length == 0)
                    {
                        keys.Add(broken.Key);
                    }
                }

                return keys;
            }

            /// <summary>The held types whose way down reached its last key in this file (<see cref="FileContent.HeldTypesReached"/>).</summary>
            public HashSet<string> HeldTypesReached { get; } = new(System.StringComparer.Ordinal);

            /// <summary>The types whose repeated problems are said once per file: the bound type, and the types held in this file's entries.</summary>
            public IEnumerable<TypeSpec> FoldedTypes()
            {
                var collections = new HashSet<string>(Entries.Select(entry => entry.Collection), System.StringComparer.Ordinal);
                return _schema.Types.Where(type => type == BoundType || (type.Binding.IsNested && collections.Contains(type.CollectionName)));
            }

            /// <summary>
            /// Every entry the holding entry <paramref name="id"/> holds, read as an entry of its type with a link back
            /// to the holder, at <paramref name="holderIndex"/> among the file's entries. Under an entry without a valid
            /// id the way down is still checked, but nothing is read: its error is reported, and its entries could not
            /// point to it.
            /// </summary>
            private void ReadHeldEntries(TypeSpec type, YamlNode mapping, string id, int holderIndex)
            {
                foreach (var held in HeldTypes(type))
                {
                    var at = held.Binding.At;
                    var layout = at[at.Count - 1].Each == EntryPathEach.MapValues ? FileLayout.Map : FileLayout.List;
                    var position = 0;
                    foreach (var (node, key, each) in Below(held, mapping))
                    {
                        if (node.Kind != YamlNodeKind.Mapping && !(each == EntryPathEach.MapValues && node.IsNull))
                        {
                            // An empty item of a list is a mistake, as in a list file; an empty value of a map is an entry with no fields, as in a map file.
                            if (!node.IsNull || each == EntryPathEach.ListItems)
                            {
                                Report(FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.HeldEntryNotAMapping(held.CollectionName, MessageText.Quote(EntryPath.Format(at)), node.Describe()));
                            }
                        }
                        else if (id.Length > 0)
                        {
                            ReadEntry(held, node, new EntryOrigin(layout, id, position++, key, null) { Container = id, HolderIndex = holderIndex });
                        }
                    }
                }
            }

            /// <summary>
            /// The nodes <c>at</c> leads to from one holding entry, each with its key when the last step is a map and the
            /// step that found it; absent keys lead nowhere, and a way that reaches its last key is noted.
            /// </summary>
            private List<(YamlNode Node, YamlNode? Key, EntryPathEach Each)> Below(TypeSpec held, YamlNode mapping)
            {
                var at = held.Binding.At;
                var current = new List<(YamlNode Node, YamlNode? Key, EntryPathEach Each)> { (mapping, null, EntryPathEach.One) };
                for (var step = 0; step < at.Count; step++)
                {
                    var next = new List<(YamlNode Node, YamlNode? Key, EntryPathEach Each)>();
                    foreach (var (node, _, each) in current)
                    {
                        if (node.Kind != YamlNodeKind.Mapping)
                        {
                            // Only a mapping has the key the next step takes; an empty value under a key holds nothing.
                            if (!node.IsNull || each != EntryPathEach.One)
                            {
                                Report(FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.WayDownNotAMapping(at[step].Key, held.CollectionName, MessageText.Quote(EntryPath.Format(at)), node.Describe()));
                            }

                            continue;
                        }

                        if (node.Get(at[step].Key) is not { } value)
                        {
                            continue;
                        }

                        if (step == at.Count - 1)
                        {
                            HeldTypesReached.Add(held.Name);
                        }

                        if (value.IsNull)
                        {
                            continue;
                        }

                        switch (at[step].Each)
                        {
                            case EntryPathEach.ListItems when value.Kind == YamlNodeKind.Sequence:
                                next.AddRange(value.Items.Select(item => (item, (YamlNode?)null, EntryPathEach.ListItems)));
                                break;
                            case EntryPathEach.MapValues when value.Kind == YamlNodeKind.Mapping:
                                next.AddRange(value.Entries.Select(pair => (pair.Value, (YamlNode?)pair.Key, EntryPathEach.MapValues)));
                                break;
                            case EntryPathEach.One:
                                next.Add((value, null, EntryPathEach.One));
                                break;
                            default:
                                var expected = at[step].Each == EntryPathEach.ListItems ? "a list" : "a mapping of names to entries";
                                Report(FactbookDiagnostics.WrongShape, value.Span, ShapeProblems.WayDownNotA(at[step].Key, expected, held.CollectionName, MessageText.Quote(EntryPath.Format(at)), value.Describe()));
                                break;
                        }
                    }

                    current = next;
                }

                return current;
            }

            /// <summary>The link's value: the holding entry's id, resolved with every other reference, so an entry whose holder is left out is left out too.</summary>
            private static ValueModel LinkToContainer(FieldSpec field, EntryState entry, FieldContext context)
            {
                if (context.Container is not { } container)
                {
                    return ValueModel.Null;
                }

                entry.References.Add(new ReferenceDraft(field.TypeName, container, field.Name, entry.Span, context.HolderIndex));
                return ValueModel.Scalar(ValueKind.Reference, container);
            }

            private static string ContainerKeyHint(FieldSpec link) =>
                "; '" + link.Name + "' is the link to the " + link.TypeName + " entry that holds it, set from where the entry is (to read this key, name the link otherwise with 'parent: <name>' in the schema)";
        }
    }
}
