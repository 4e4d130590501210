namespace Factbook.Generator.Emit
{
    /// <summary>
    /// The table wire format, in one place: its markers, the writer the generator encodes tables with
    /// (<see cref="TableEmitter"/> and each scalar kind's <c>Encode</c>), and the generated <c>FactbookReader</c>
    /// that decodes them, whose template is built from the same markers. A whole number is digits ending in
    /// <see cref="IntEnd"/>; text is its length in UTF-8 bytes, <see cref="TextStart"/> and the characters.
    /// Tables are UTF-8, so text with a lone surrogate (which UTF-8 cannot hold) is written escaped after
    /// <see cref="EscapedTextStart"/> instead: '\\' as "\\\\", a lone surrogate as "\\uXXXX".
    /// </summary>
    internal static class TableFormat
    {
        public const char IntEnd = ';';
        public const char TextStart = ':';
        public const char EscapedTextStart = '!';
        public const char Missing = '~';
        public const char True = 't';
        public const char False = 'f';
        public const char ObjectStart = '{';

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public static void WriteInt(StringBuilder table, long value) =>
            table.Append(value.ToString(CultureInfo.InvariantCulture)).Append(IntEnd);

        /// <summary>A whole number already in canonical digits (an int field's value, a reference's key).</summary>
        public static void WriteDigits(StringBuilder table, string digits) => table.Append(digits).Append(IntEnd);

        public static void WriteMissing(StringBuilder table) => table.Append(Missing);

        public static void WriteBool(StringBuilder table, bool value) => table.Append(value ? True : False);

        /// <summary>Before an optional object that is present, whose own first field may be missing.</summary>
        public static void WriteObjectStart(StringBuilder table) => table.Append(ObjectStart);

        public static void WriteString(StringBuilder table, string text)
        {
            if (!HasLoneSurrogate(text))
            {
                table.Append(Utf8.GetByteCount(text).ToString(CultureInfo.InvariantCulture)).Append(TextStart).Append(text);
                return;
            }

            var escaped = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    escaped.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c == '\\' ? "\\\\" : c.ToString());
                }
            }

            table.Append(Utf8.GetByteCount(escaped.ToString()).ToString(CultureInfo.InvariantCulture)).Append(EscapedTextStart).Append(escaped);
        }

        /// <summary>Whether <paramref name="text"/> holds a surrogate that is not half of a pair: text UTF-8 cannot hold.</summary>
        public static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Char(char marker) => "'" + marker + "'";

        /// <summary>The generated reader of the format; <c>[GeneratedCode]</c> is replaced by the attribute.</summary>
        public static readonly string ReaderTemplate = $$"""
            /// <summary>
            /// Reads the generated tables, UTF-8 bytes: integers as digits ending in '{{IntEnd}}', text as its length in
            /// bytes, '{{TextStart}}' and the characters (or '{{EscapedTextStart}}' and the characters escaped, for text with a lone surrogate),
            /// '{{Missing}}' for a missing value, '{{True}}'/'{{False}}' for booleans, a list as its count and then its items, a map as its count and then each name and value, an object as
            /// its fields (after '{{ObjectStart}}' where it may be missing).
            /// A table is data, not code, so it costs almost nothing to compile or to start.
            /// </summary>
            [GeneratedCode]
            internal sealed class FactbookReader
            {
                private readonly byte[] text;
                private int position;

                internal FactbookReader(byte[] text) => this.text = text;

                internal bool AtEnd => this.position >= this.text.Length;

                internal bool IsNull()
                {
                    if (this.text[this.position] != {{Char(Missing)}})
                    {
                        return false;
                    }

                    this.position++;
                    return true;
                }

                /// <summary>Whether an optional object is missing ('~'); a present one starts with '{', as its own first field may be missing too.</summary>
                internal bool IsMissingObject() => this.text[this.position++] == {{Char(Missing)}};

                internal int Int()
                {
                    var negative = this.text[this.position] == '-';
                    if (negative)
                    {
                        this.position++;
                    }

                    var value = 0;
                    byte c;
                    while ((c = this.text[this.position++]) != {{Char(IntEnd)}})
                    {
                        value = (value * 10) - (c - '0');
                    }

                    return negative ? value : -value;
                }

                internal string String()
                {
                    var length = 0;
                    byte c;
                    while ((c = this.text[this.position++]) is not ((byte){{Char(TextStart)}} or (byte){{Char(EscapedTextStart)}}))
                    {
                        length = (length * 10) + (c - '0');
                    }

                    var value = global::System.Text.Encoding.UTF8.GetString(this.text, this.position, length);
                    this.position += length;
                    return c == {{Char(EscapedTextStart)}} ? Unescape(value) : value;
                }

                /// <summary>Text a table holds escaped, as UTF-8 cannot hold a lone surrogate: '\\' and '\uXXXX'.</summary>
                private static string Unescape(string escaped)
                {
                    var text = new global::System.Text.StringBuilder(escaped.Length);
                    for (var i = 0; i < escaped.Length; i++)
                    {
                        if (escaped[i] != '\\')
                        {
                            text.Append(escaped[i]);
                        }
                        else if (escaped[++i] == 'u')
                        {
                            text.Append((char)int.Parse(escaped.Substring(i + 1, 4), global::System.Globalization.NumberStyles.HexNumber, global::System.Globalization.CultureInfo.InvariantCulture));
                            i += 4;
                        }
                        else
                        {
                            text.Append(escaped[i]);
                        }
                    }

                    return text.ToString();
                }

                internal bool Bool() => this.text[this.position++] == {{Char(True)}};

                internal string Provenance(string[] files)
                {
                    var file = files[this.Int()];
                    return file + ":" + this.Int().ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                }

                internal PartialDate Date()
                {
                    var year = this.Int();
                    var month = this.Int();
                    var day = this.Int();
                    return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
                }

                /// <summary>A map field's value: its count, then each name and its value, kept in the file's order.</summary>
                internal FactbookMap<T> Map<T>(global::System.Func<FactbookReader, T> readItem)
                {
                    var count = this.Int();
                    var names = new string[count];
                    var values = new T[count];
                    for (var i = 0; i < count; i++)
                    {
                        names[i] = this.String();
                        values[i] = readItem(this);
                    }

                    return new FactbookMap<T>(names, values);
                }

                /// <summary>A yaml field's tree: its kind (0 null, 1 text, 2 list, 3 mapping), then what that kind holds.</summary>
                internal FactbookYaml Yaml() => this.Int() switch
                {
                    1 => new FactbookYaml(FactbookYamlKind.Text, this.String(), global::System.Array.Empty<FactbookYaml>(), null),
                    2 => new FactbookYaml(FactbookYamlKind.List, null, this.Array(static item => item.Yaml()), null),
                    3 => new FactbookYaml(FactbookYamlKind.Mapping, null, global::System.Array.Empty<FactbookYaml>(), this.Map(static item => item.Yaml())),
                    _ => new FactbookYaml(FactbookYamlKind.Null, null, global::System.Array.Empty<FactbookYaml>(), null),
                };

                internal T[] Array<T>(global::System.Func<FactbookReader, T> readItem)
                {
                    var count = this.Int();
                    if (count == 0)
                    {
                        return global::System.Array.Empty<T>();
                    }

                    var items = new T[count];
                    for (var i = 0; i < count; i++)
                    {
                        items[i] = readItem(this);
                    }

                    return items;
                }
            }

            /// <summary>What a value of a yaml field is.</summary>
            [GeneratedCode]
            public enum FactbookYamlKind
            {
                /// <summary>Null (<c>~</c>, <c>null</c>, or nothing).</summary>
                Null,

                /// <summary>A scalar, as its text: YAML 1.2 text, so <c>1946</c> and <c>yes</c> are the texts "1946" and "yes".</summary>
                Text,

                /// <summary>A list.</summary>
                List,

                /// <summary>A mapping of names to values.</summary>
                Mapping,
            }

            /// <summary>A value of a yaml field, as written: a small read-only tree.</summary>
            [GeneratedCode]
            public sealed class FactbookYaml
            {
                internal FactbookYaml(FactbookYamlKind kind, string? text, global::System.Collections.Generic.IReadOnlyList<FactbookYaml> items, FactbookMap<FactbookYaml>? entries)
                {
                    this.Kind = kind;
                    this.Text = text;
                    this.Items = items;
                    this.Entries = entries ?? new FactbookMap<FactbookYaml>(global::System.Array.Empty<string>(), global::System.Array.Empty<FactbookYaml>());
                }

                /// <summary>Null, text, list or mapping.</summary>
                public FactbookYamlKind Kind { get; }

                /// <summary>The text of a scalar; null for the other kinds.</summary>
                public string? Text { get; }

                /// <summary>The items of a list, in order; empty for the other kinds.</summary>
                public global::System.Collections.Generic.IReadOnlyList<FactbookYaml> Items { get; }

                /// <summary>The names and values of a mapping, in the order written; empty for the other kinds.</summary>
                public global::System.Collections.Generic.IReadOnlyDictionary<string, FactbookYaml> Entries { get; }

                /// <summary>The value of a mapping's name, or null when it has none (or this is no mapping).</summary>
                public FactbookYaml? this[string name] => this.Entries.TryGetValue(name, out var value) ? value : null;

                /// <summary>A scalar's text; a short form for the other kinds.</summary>
                public override string ToString() => this.Kind switch
                {
                    FactbookYamlKind.Text => this.Text!,
                    FactbookYamlKind.List => "[" + this.Items.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " items]",
                    FactbookYamlKind.Mapping => "{" + string.Join(", ", this.Entries.Keys) + "}",
                    _ => "null",
                };
            }

            /// <summary>The value of a map field: names to values, read-only, enumerated in the order the content writes them.</summary>
            [GeneratedCode]
            public sealed class FactbookMap<T> : global::System.Collections.Generic.IReadOnlyDictionary<string, T>
            {
                private readonly string[] names;
                private readonly T[] values;
                private global::System.Collections.Generic.Dictionary<string, int>? positions;

                internal FactbookMap(string[] names, T[] values)
                {
                    this.names = names;
                    this.values = values;
                }

                /// <inheritdoc/>
                public int Count => this.names.Length;

                /// <inheritdoc/>
                public global::System.Collections.Generic.IEnumerable<string> Keys => this.names;

                /// <inheritdoc/>
                public global::System.Collections.Generic.IEnumerable<T> Values => this.values;

                /// <inheritdoc/>
                public T this[string key] => this.TryFind(key, out var at) ? this.values[at] : throw new global::System.Collections.Generic.KeyNotFoundException("No '" + key + "' in this map.");

                /// <inheritdoc/>
                public bool ContainsKey(string key) => this.TryFind(key, out var position);

            #nullable disable
                /// <inheritdoc/>
                public bool TryGetValue(string key, out T value)
                {
                    var found = this.TryFind(key, out var at);
                    value = found ? this.values[at] : default;
                    return found;
                }
            #nullable restore

                /// <inheritdoc/>
                public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, T>> GetEnumerator()
                {
                    for (var i = 0; i < this.names.Length; i++)
                    {
                        yield return new global::System.Collections.Generic.KeyValuePair<string, T>(this.names[i], this.values[i]);
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();

                private bool TryFind(string key, out int at)
                {
                    if (key is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(key));
                    }

                    if (this.positions is null)
                    {
                        var positions = new global::System.Collections.Generic.Dictionary<string, int>(this.names.Length, global::System.StringComparer.Ordinal);
                        for (var i = 0; i < this.names.Length; i++)
                        {
                            positions[this.names[i]] = i;
                        }

                        this.positions = positions;
                    }

                    return this.positions.TryGetValue(key, out at);
                }
            }
            """;
    }
}
