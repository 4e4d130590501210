namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits the types every generated collection shares: <c>PartialDate</c>, the value of date fields (a year,
    /// a year and month, or a full date, since articles say "May" and "1946" and a faked full date would
    /// claim more than the source does), <c>FactbookTable</c>, which holds a collection's entries decoded on first
    /// use, and <c>FactbookReader</c> (<see cref="TableFormat"/>), which decodes the tables.
    /// </summary>
    internal static class SupportEmitter
    {
        // A dotted name no type can have: type names are PascalCase words, so "FactbookSupport" may be a type.
        public const string HintName = Naming.GeneratedNames.SupportHintName;

        public static string Emit(EmitContext context)
        {
            var writer = SourceWriter.File(context.Namespace);
            // The attribute is written in one place (TypeEmitter.GeneratedCode), with the tool's version.
            writer.Line(Body.Replace("[GeneratedCode]", TypeEmitter.GeneratedCode));
            writer.Line();
            writer.Line(TableFormat.ReaderTemplate.Replace("[GeneratedCode]", TypeEmitter.GeneratedCode));

            return writer.EndFile();
        }

        private const string Body = """
            /// <summary>A date known to the year, the month or the day.</summary>
            [GeneratedCode]
            public readonly struct PartialDate : global::System.IEquatable<PartialDate>, global::System.IComparable<PartialDate>
            {
                /// <summary>Creates a date known to the year, the month or the day.</summary>
                /// <exception cref="global::System.ArgumentOutOfRangeException">The parts do not make a real date.</exception>
                public PartialDate(int year, int? month = null, int? day = null)
                {
                    if (year < 1 || year > 9999)
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(year));
                    }

                    if (month is { } m && (m < 1 || m > 12))
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(month));
                    }

                    if (day is { } d && (month is null || d < 1 || d > global::System.DateTime.DaysInMonth(year, month.Value)))
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(day));
                    }

                    this.Year = year;
                    this.Month = month;
                    this.Day = day;
                }

                /// <summary>The year.</summary>
                public int Year { get; }

                /// <summary>The month, 1 to 12, when known.</summary>
                public int? Month { get; }

                /// <summary>The day of the month, when known.</summary>
                public int? Day { get; }

                /// <summary>Whether year, month and day are all known.</summary>
                public bool IsFullDate => this.Day.HasValue;

                /// <summary>The full date, or null when only the year or month is known.</summary>
                public global::System.DateTime? ToDateTime() =>
                    this.Day is { } d ? new global::System.DateTime(this.Year, this.Month!.Value, d) : null;

                /// <inheritdoc/>
                public bool Equals(PartialDate other) => this.Year == other.Year && this.Month == other.Month && this.Day == other.Day;

                /// <inheritdoc/>
                public override bool Equals(object? obj) => obj is PartialDate other && this.Equals(other);

                /// <inheritdoc/>
                public override int GetHashCode() => (this.Year * 13 + (this.Month ?? 0)) * 32 + (this.Day ?? 0);

                /// <summary>Orders by year, then month, then day; a less precise date comes first.</summary>
                public int CompareTo(PartialDate other)
                {
                    var byYear = this.Year.CompareTo(other.Year);
                    if (byYear != 0)
                    {
                        return byYear;
                    }

                    var byMonth = (this.Month ?? 0).CompareTo(other.Month ?? 0);
                    return byMonth != 0 ? byMonth : (this.Day ?? 0).CompareTo(other.Day ?? 0);
                }

                /// <summary>ISO 8601 with only the known parts: <c>1946</c>, <c>2023-05</c> or <c>2023-11-02</c>.</summary>
                public override string ToString()
                {
                    var text = this.Year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture);
                    if (this.Month is { } m)
                    {
                        text += "-" + m.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    if (this.Day is { } d)
                    {
                        text += "-" + d.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return text;
                }

                /// <summary>Equality.</summary>
                public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

                /// <summary>Inequality.</summary>
                public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
            }

            /// <summary>
            /// The entries of one collection, decoded a table chunk at a time when first used, with the index
            /// of its ids (read from the id list, without decoding) and the reverse indexes of its references.
            /// Every collection class uses one, so the machinery is written once.
            /// </summary>
            [GeneratedCode]
            internal sealed class FactbookTable<T>
                where T : class
            {
                private readonly T[] items;
                private readonly bool[] decoded;
                private readonly int chunkSize;
                private readonly global::System.Func<int, byte[]> table;
                private readonly global::System.Action<T[], global::System.Func<int, string>, int, byte[]> fill;
                private readonly global::System.Func<string> idList;
                private readonly global::System.Func<T, bool> isRetired;
                private string? idText;
                private int[]? lineStarts;
                private int lookups;
                private global::System.Collections.Generic.Dictionary<string, int>? keys;
                private global::System.Collections.Generic.IReadOnlyList<T>? current;
                private global::System.Collections.Generic.IReadOnlyList<T>? everything;

                internal FactbookTable(int total, int chunkSize, global::System.Func<int, byte[]> table, global::System.Action<T[], global::System.Func<int, string>, int, byte[]> fill, global::System.Func<string> idList, global::System.Func<T, bool> isRetired)
                {
                    this.items = new T[total];
                    this.decoded = new bool[(total + chunkSize - 1) / chunkSize];
                    this.chunkSize = chunkSize;
                    this.table = table;
                    this.fill = fill;
                    this.idList = idList;
                    this.isRetired = isRetired;
                }

                /// <summary>The id list: every id on a line of its own, in key order.</summary>
                private string IdText => this.idText ??= this.idList();

                /// <summary>Where each id starts in the id list, then the list's length.</summary>
                private int[] LineStarts => this.lineStarts ??= this.FindLineStarts();

                /// <summary>The id of the entry with this key, cut from the id list only when asked for.</summary>
                internal string Id(int key)
                {
                    var starts = this.LineStarts;
                    return this.IdText.Substring(starts[key], starts[key + 1] - starts[key] - 1);
                }

                /// <summary>Every entry that is not retired.</summary>
                internal global::System.Collections.Generic.IReadOnlyList<T> Current => this.current ??= this.CurrentEntries();

                /// <summary>Every entry, retired ones included.</summary>
                internal global::System.Collections.Generic.IReadOnlyList<T> Everything => this.everything ??= global::System.Array.AsReadOnly(this.Every());

                internal T At(int key)
                {
                    var chunk = key / this.chunkSize;
                    if (!global::System.Threading.Volatile.Read(ref this.decoded[chunk]))
                    {
                        this.Decode(chunk);
                    }

                    return this.items[key];
                }

                internal int? KeyOf(string id)
                {
                    if (id is null)
                    {
                        return null;
                    }

                    // The first lookups search the id list itself: an application that needs a few facts does not
                    // pay for the index of every id, which is built once lookups keep coming.
                    if (this.keys is null && this.lookups++ < 16)
                    {
                        return this.Search(id);
                    }

                    return (this.keys ??= this.IndexIds()).TryGetValue(id, out var key) ? key : null;
                }

                private int? Search(string id)
                {
                    // No id is empty or spans lines, so such text is no id, and must not match across lines of the list.
                    if (id.Length == 0 || id.IndexOf('\n') >= 0)
                    {
                        return null;
                    }

                    var text = this.IdText;
                    int at;
                    if (text.Length > id.Length && string.CompareOrdinal(text, 0, id, 0, id.Length) == 0 && text[id.Length] == '\n')
                    {
                        at = 0;
                    }
                    else
                    {
                        var found = text.IndexOf("\n" + id + "\n", global::System.StringComparison.Ordinal);
                        if (found < 0)
                        {
                            return null;
                        }

                        at = found + 1;
                    }

                    var key = global::System.Array.BinarySearch(this.LineStarts, at);
                    return key >= 0 && key < this.items.Length ? key : null;
                }

                private int[] FindLineStarts()
                {
                    var text = this.IdText;
                    var starts = new int[this.items.Length + 1];
                    var line = 1;
                    for (var i = 0; i < text.Length && line < starts.Length; i++)
                    {
                        if (text[i] == '\n')
                        {
                            starts[line++] = i + 1;
                        }
                    }

                    return starts;
                }

                /// <summary>
                /// For each key of the target collection, the entries (not retired) that refer to it. The array
                /// ends at the highest key referred to, so the target's size need not be known: see <see cref="Referrers"/>.
                /// </summary>
                internal global::System.Collections.Generic.IReadOnlyList<T>[] IndexBy(global::System.Func<T, global::System.Collections.Generic.IEnumerable<int>> keysOf)
                {
                    var lists = new global::System.Collections.Generic.List<global::System.Collections.Generic.List<T>?>();
                    foreach (var item in this.Every())
                    {
                        if (this.isRetired(item))
                        {
                            continue;
                        }

                        foreach (var key in keysOf(item))
                        {
                            while (lists.Count <= key)
                            {
                                lists.Add(null);
                            }

                            var list = lists[key] ??= new global::System.Collections.Generic.List<T>();
                            if (list.Count == 0 || !global::System.Object.ReferenceEquals(list[list.Count - 1], item))
                            {
                                list.Add(item);
                            }
                        }
                    }

                    var result = new global::System.Collections.Generic.IReadOnlyList<T>[lists.Count];
                    for (var i = 0; i < lists.Count; i++)
                    {
                        result[i] = lists[i]?.AsReadOnly() ?? (global::System.Collections.Generic.IReadOnlyList<T>)global::System.Array.Empty<T>();
                    }

                    return result;
                }

                /// <summary>
                /// The entries (not retired) by each value of a field with <c>index: true</c>, in content order. Addresses
                /// are told apart by all they hold: <c>Uri</c>'s own equality ignores the fragment and the user info.
                /// </summary>
                internal global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.IReadOnlyList<T>> GroupBy<TKey>(global::System.Func<T, global::System.Collections.Generic.IEnumerable<TKey>> keysOf)
                    where TKey : notnull
                {
                    var comparer = typeof(TKey) == typeof(global::System.Uri) ? (global::System.Collections.Generic.IEqualityComparer<TKey>)(object)WholeUri.Instance : null;
                    var lists = new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>>(comparer);
                    foreach (var item in this.Every())
                    {
                        if (this.isRetired(item))
                        {
                            continue;
                        }

                        foreach (var key in keysOf(item))
                        {
                            if (!lists.TryGetValue(key, out var list))
                            {
                                lists.Add(key, list = new global::System.Collections.Generic.List<T>());
                            }

                            if (list.Count == 0 || !global::System.Object.ReferenceEquals(list[list.Count - 1], item))
                            {
                                list.Add(item);
                            }
                        }
                    }

                    var result = new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.IReadOnlyList<T>>(lists.Count, comparer);
                    foreach (var pair in lists)
                    {
                        result.Add(pair.Key, pair.Value.AsReadOnly());
                    }

                    return result;
                }

                /// <summary>The entries with this value, from an index made by <see cref="GroupBy"/>; none for null.</summary>
                internal static global::System.Collections.Generic.IReadOnlyList<T> Matching<TKey>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.IReadOnlyList<T>> index, TKey? key)
                    where TKey : notnull =>
                    key is not null && index.TryGetValue(key, out var list) ? list : global::System.Array.Empty<T>();

                /// <summary>The entries that refer to the target with this key, from an index made by <see cref="IndexBy"/>.</summary>
                internal static global::System.Collections.Generic.IReadOnlyList<T> Referrers(global::System.Collections.Generic.IReadOnlyList<T>[] index, int key) =>
                    key < index.Length ? index[key] : global::System.Array.Empty<T>();

                private void Decode(int chunk)
                {
                    lock (this.items)
                    {
                        if (!this.decoded[chunk])
                        {
                            this.fill(this.items, this.Id, chunk * this.chunkSize, this.table(chunk));
                            global::System.Threading.Volatile.Write(ref this.decoded[chunk], true);
                        }
                    }
                }

                private T[] Every()
                {
                    for (var chunk = 0; chunk < this.decoded.Length; chunk++)
                    {
                        if (!global::System.Threading.Volatile.Read(ref this.decoded[chunk]))
                        {
                            this.Decode(chunk);
                        }
                    }

                    return this.items;
                }

                private global::System.Collections.Generic.IReadOnlyList<T> CurrentEntries()
                {
                    var list = new global::System.Collections.Generic.List<T>();
                    foreach (var item in this.Every())
                    {
                        if (!this.isRetired(item))
                        {
                            list.Add(item);
                        }
                    }

                    return list.AsReadOnly();
                }

                private global::System.Collections.Generic.Dictionary<string, int> IndexIds()
                {
                    var index = new global::System.Collections.Generic.Dictionary<string, int>(this.items.Length, global::System.StringComparer.Ordinal);
                    for (var key = 0; key < this.items.Length; key++)
                    {
                        index.Add(this.Id(key), key);
                    }

                    return index;
                }

                /// <summary>Equal addresses are the same text once normalised (<c>AbsoluteUri</c>), fragment and user info included.</summary>
                private sealed class WholeUri : global::System.Collections.Generic.IEqualityComparer<global::System.Uri>
                {
                    internal static readonly WholeUri Instance = new WholeUri();

                    public bool Equals(global::System.Uri? x, global::System.Uri? y) =>
                        x is null || y is null ? x is null && y is null : global::System.StringComparer.Ordinal.Equals(Text(x), Text(y));

                    public int GetHashCode(global::System.Uri obj) => global::System.StringComparer.Ordinal.GetHashCode(Text(obj));

                    private static string Text(global::System.Uri uri) => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
                }
            }
            """;
    }
}
