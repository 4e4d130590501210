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

            private HashSet<string> HeldKeys(TypeSpec type)
            {
                var keys = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var held in HeldTypes(type))
                {
                    keys.Add(held.Binding.At[0].Key);
                }

                return keys;
            }

            /// <summary>
            /// Every entry the holding entry <paramref name="id"/> holds, read as an entry of its type with a link back.
            /// Nothing is read under an entry without a valid id: its error is reported, and its entries could not
            /// point to it.
            /// </summary>
            private void ReadHeldEntries(TypeSpec type, YamlNode mapping, string id)
            {
                if (id.Length == 0)
                {
                    return;
                }

                foreach (var held in HeldTypes(type))
                {
                    var at = held.Binding.At;
                    var layout = at[at.Count - 1].Each == EntryPathEach.MapValues ? FileLayout.Map : FileLayout.List;
                    var position = 0;
                    foreach (var (node, key) in Below(held, mapping))
                    {
                        if (node.Kind == YamlNodeKind.Mapping)
                        {
                            ReadEntry(held, node, new EntryOrigin(layout, id, position++, key, null) { Container = id });
                        }
                        else if (!node.IsNull)
                        {
                            Report(FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.HeldEntryNotAMapping(held.CollectionName, EntryPath.Format(at), node.Describe()));
                        }
                    }
                }
            }

            /// <summary>The nodes <c>at</c> leads to from one holding entry, each with its key when the last step is a map; absent keys lead nowhere.</summary>
            private List<(YamlNode Node, YamlNode? Key)> Below(TypeSpec held, YamlNode mapping)
            {
                var at = held.Binding.At;
                var current = new List<(YamlNode Node, YamlNode? Key)> { (mapping, null) };
                for (var step = 0; step < at.Count; step++)
                {
                    var next = new List<(YamlNode Node, YamlNode? Key)>();
                    foreach (var (node, _) in current)
                    {
                        if (node.Kind != YamlNodeKind.Mapping)
                        {
                            // Only a mapping has the key the next step takes.
                            if (!node.IsNull)
                            {
                                Report(FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.WayDownNotAMapping(at[step].Key, held.CollectionName, EntryPath.Format(at), node.Describe()));
                            }

                            continue;
                        }

                        if (node.Get(at[step].Key) is not { IsNull: false } value)
                        {
                            continue;
                        }

                        switch (at[step].Each)
                        {
                            case EntryPathEach.ListItems when value.Kind == YamlNodeKind.Sequence:
                                next.AddRange(value.Items.Select(item => (item, (YamlNode?)null)));
                                break;
                            case EntryPathEach.MapValues when value.Kind == YamlNodeKind.Mapping:
                                next.AddRange(value.Entries.Select(pair => (pair.Value, (YamlNode?)pair.Key)));
                                break;
                            case EntryPathEach.One:
                                next.Add((value, null));
                                break;
                            default:
                                var expected = at[step].Each == EntryPathEach.ListItems ? "a list" : "a mapping of names to entries";
                                Report(FactbookDiagnostics.WrongShape, value.Span, ShapeProblems.WayDownNotA(at[step].Key, expected, held.CollectionName, EntryPath.Format(at), value.Describe()));
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

                entry.References.Add(new ReferenceDraft(field.TypeName, container, field.Name, entry.Span));
                return ValueModel.Scalar(ValueKind.Reference, container);
            }

            private static string ContainerKeyHint(FieldSpec link) =>
                "; '" + link.Name + "' is the link to the " + link.TypeName + " entry that holds it, set from where the entry is (to read this key, name the link otherwise with 'parent: <name>' in the schema)";
        }
    }
}
