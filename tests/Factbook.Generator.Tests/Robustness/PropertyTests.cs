using System.Collections;
using CsCheck;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Random schemas and content, valid and invalid (values of every kind, text from the whole UTF-16 range,
/// dangling references, duplicate ids, missing fields, broken YAML). For every input the generator must
/// not throw, must locate each problem in a real file at a real line, must always emit code that compiles,
/// must lose no valid entry (read back by running the generated code) and must not depend on file order,
/// line endings or a byte order mark. FACTBOOK_PROPERTY_ITERATIONS sets how many inputs (default 200).
/// </summary>
public class PropertyTests
{
    private static readonly string[] EnumValues = ["v0", "v1", "two words"];

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("FACTBOOK_PROPERTY_ITERATIONS"), out var iterations) ? iterations : 25;

    [Fact]
    public void AnyContentGivesLocatedDiagnosticsOrFaithfulCompilingCode()
    {
        Scenarios.Sample(Check, iter: Iterations, print: scenario => string.Join("\n---\n", scenario.Files().Select(f => f.Path + "\n" + f.Text)));
    }

    private static void Check(Scenario scenario)
    {
        var files = scenario.Files();
        var run = GeneratorHarness.Run(files, "public static class Probe { }");

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "FB0999" or "CS8785");
        foreach (var diagnostic in run.FactbookDiagnostics.Where(d => d.Location.IsInSource || d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile))
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = Assert.Single(files, f => f.Path == span.Path);
            Assert.InRange(span.StartLinePosition.Line, 0, file.Text.Split('\n').Length - 1);
        }

        Assert.Empty(run.CompilationDiagnostics);
        AssertSameOutput(run, GeneratorHarness.Run(files.Reverse()));
        AssertSameOutput(run, GeneratorHarness.Run(files.Select(f => f with { Text = "\uFEFF" + f.Text.Replace("\n", "\r\n") })));

        if (scenario.Corruption is not null)
        {
            return;
        }

        var expected = scenario.ValidEntries();
        Assert.Equal(expected.Values.Sum(list => list.Count) == scenario.Entries.Sum(list => list.Length), run.FactbookDiagnostics.Count == 0);
        var assembly = run.Load();
        for (var t = 0; t < scenario.Types.Length; t++)
        {
            var all = (IEnumerable)assembly.GetType("Test.Content.T" + t + "s", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
            var actual = all.Cast<object>().ToList();
            Assert.Equal(expected[t].Select(e => e.Id), actual.Select(e => (string)e.GetType().GetProperty("Id")!.GetValue(e)!));
            for (var i = 0; i < actual.Count; i++)
            {
                var fields = scenario.Types[t];
                for (var f = 0; f < fields.Length; f++)
                {
                    var value = actual[i].GetType().GetProperty("F" + f)!.GetValue(actual[i]);
                    Assert.Equal(Describe(expected[t][i].Values[f], fields[f]), DescribeActual(value, fields[f]));
                }
            }
        }
    }

    private static void AssertSameOutput(GeneratorRun first, GeneratorRun second) =>
        Assert.Equal(first.Sources, second.Sources);

    /// <summary>What a field's value should read back as, in a form that compares simply.</summary>
    private static string Describe(RawValue? value, FieldCase field)
    {
        if (value is null)
        {
            return field.IsList ? "[]" : "null";
        }

        var items = value.Items.Select(item => field.Kind switch
        {
            Kind.Enum => string.Concat(item.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1))),
            _ => item,
        });
        return field.IsList ? "[" + string.Join("|", items) + "]" : items.Single();
    }

    private static string DescribeActual(object? value, FieldCase field)
    {
        if (value is null)
        {
            return "null";
        }

        if (field.IsList)
        {
            return "[" + string.Join("|", ((IEnumerable)value).Cast<object>().Select(item => Single(item, field))) + "]";
        }

        return Single(value, field);
    }

    private static string Single(object value, FieldCase field) => field.Kind switch
    {
        Kind.Ref => (string)value.GetType().GetProperty("Id")!.GetValue(value)!,
        Kind.Bool => (bool)value ? "true" : "false",
        Kind.Decimal => ((decimal)value).ToString(CultureInfo.InvariantCulture),
        Kind.Int => ((int)value).ToString(CultureInfo.InvariantCulture),
        Kind.Url => ((Uri)value).OriginalString,
        _ => value.ToString()!,
    };

    internal enum Kind
    {
        String,
        Int,
        Decimal,
        Bool,
        Date,
        Url,
        Enum,
        Ref,
    }

    internal sealed record FieldCase(Kind Kind, bool IsList, bool IsOptional, int Target);

    /// <summary>A value as written: its items (one unless a list), valid or not for the field; a verbatim one is written as is, never quoted or bracketed.</summary>
    internal sealed record RawValue(string[] Items, bool IsValid, bool IsVerbatim = false);

    internal sealed record EntryCase(int IdNumber, RawValue?[] Values)
    {
        public string Id => "e" + IdNumber;
    }

    internal sealed record Scenario(FieldCase[][] Types, EntryCase[][] Entries, (int File, int Position, char Character)? Corruption)
    {
        public ContentFile[] Files()
        {
            var files = new List<ContentFile> { new("/p/content/random.schema.yaml", SchemaText()) };
            for (var t = 0; t < Types.Length; t++)
            {
                files.Add(new ContentFile("/p/content/t" + t + ".yaml", ContentText(t)));
            }

            if (Corruption is { } corruption)
            {
                var index = 1 + (corruption.File % Types.Length);
                var text = files[index].Text;
                var position = corruption.Position % Math.Max(1, text.Length);
                files[index] = files[index] with { Text = text.Substring(0, position) + corruption.Character + text.Substring(Math.Min(text.Length, position + 1)) };
            }

            return files.ToArray();
        }

        private string SchemaText()
        {
            var text = new StringBuilder("types:\n");
            for (var t = 0; t < Types.Length; t++)
            {
                text.Append("  T").Append(t).Append(":\n    fields:\n");
                for (var f = 0; f < Types[t].Length; f++)
                {
                    var field = Types[t][f];
                    var type = field.Kind == Kind.Ref ? "T" + field.Target : field.Kind.ToString().ToLowerInvariant();
                    text.Append("      f").Append(f).Append(": { type: \"").Append(type).Append(field.IsList ? "[]" : string.Empty).Append('"');
                    if (field.Kind == Kind.Enum)
                    {
                        text.Append(", values: [v0, v1, two words]");
                    }

                    text.Append(field.IsOptional ? ", optional: true }\n" : " }\n");
                }
            }

            return text.ToString();
        }

        private string ContentText(int t)
        {
            var text = new StringBuilder("t").Append(t).Append("s:\n");
            foreach (var entry in Entries[t])
            {
                text.Append("  - id: ").Append(entry.Id).Append('\n');
                for (var f = 0; f < entry.Values.Length; f++)
                {
                    if (entry.Values[f] is { } value)
                    {
                        var items = value.Items.Select(item => Types[t][f].Kind == Kind.String && !value.IsVerbatim ? YamlText.DoubleQuoted(item) : item);
                        var written = Types[t][f].IsList && !value.IsVerbatim ? "[" + string.Join(", ", items) + "]" : items.Single();
                        text.Append("    f").Append(f).Append(": ").Append(written).Append('\n');
                    }
                }
            }

            return text.ToString();
        }

        /// <summary>The entries that must come out, per type: valid themselves, first of their id, referring only to such entries.</summary>
        public Dictionary<int, List<EntryCase>> ValidEntries()
        {
            var kept = new Dictionary<int, List<EntryCase>>();
            for (var t = 0; t < Types.Length; t++)
            {
                var seen = new HashSet<string>();
                kept[t] = Entries[t].Where(entry => seen.Add(entry.Id)).ToList();
            }

            var firstOfId = kept.ToDictionary(pair => pair.Key, pair => pair.Value.ToDictionary(entry => entry.Id));
            var valid = kept.ToDictionary(pair => pair.Key, pair => pair.Value.Where(entry => IsValid(pair.Key, entry)).ToList());
            bool changed;
            do
            {
                changed = false;
                foreach (var t in valid.Keys)
                {
                    var before = valid[t].Count;
                    valid[t] = valid[t].Where(entry => References(t, entry).All(r => valid[r.Type].Any(target => target.Id == r.Id))).ToList();
                    changed |= valid[t].Count != before;
                }
            }
            while (changed);

            // An entry whose id is used twice keeps its first occurrence; the duplicates are reported, not kept.
            return valid.ToDictionary(pair => pair.Key, pair => pair.Value.Where(entry => firstOfId[pair.Key][entry.Id] == entry).ToList());
        }

        private bool IsValid(int t, EntryCase entry) =>
            Types[t].Select((field, f) => entry.Values[f] is { } value ? value.IsValid : field.IsOptional).All(valid => valid);

        private IEnumerable<(int Type, string Id)> References(int t, EntryCase entry) =>
            Types[t].SelectMany((field, f) => field.Kind == Kind.Ref && entry.Values[f] is { } value ? value.Items.Select(id => (field.Target, id)) : []);
    }

    private static readonly Gen<FieldCase> Fields = Gen.Select(
        Gen.OneOf(Enum.GetValues<Kind>()), Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 2],
        (kind, list, optional, target) => new FieldCase(kind, list == 0, optional, target));

    private static Gen<string> ValidItem(Kind kind) => kind switch
    {
        Kind.String => Gen.Char.Array[0, 8].Select(chars => new string(chars)),
        Kind.Int => Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Kind.Decimal => Gen.Select(Gen.Int[-1_000_000, 1_000_000], Gen.Int[0, 4], (units, scale) => new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale).ToString(CultureInfo.InvariantCulture)),
        Kind.Bool => Gen.Bool.Select(b => b ? "true" : "false"),
        Kind.Date => Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[1, 28], (y, m, d) =>
            y.ToString("D4", CultureInfo.InvariantCulture) + (m == 0 ? string.Empty : "-" + m.ToString("D2", CultureInfo.InvariantCulture) + (d % 2 == 0 ? string.Empty : "-" + d.ToString("D2", CultureInfo.InvariantCulture)))),
        Kind.Url => Gen.Int[0, 99999].Select(i => "https://example.org/p" + i.ToString(CultureInfo.InvariantCulture) + "?q=a&b"),
        Kind.Enum => Gen.OneOf(EnumValues),
        _ => Gen.Int[0, 5].Select(i => "e" + i.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>Something the field rejects: a dangling reference, a word for a number, a month 13.</summary>
    private static string InvalidItem(Kind kind) => kind switch
    {
        Kind.Int => "abc",
        Kind.Decimal => "1,5",
        Kind.Bool => "yes",
        Kind.Date => "2023-13-40",
        Kind.Url => "not a url",
        Kind.Enum => "nope",
        Kind.Ref => "e9",
        _ => "{a: b}",
    };

    private static Gen<RawValue?> Value(FieldCase field) =>
        Gen.Int[0, 19].SelectMany(roll => roll switch
        {
            0 => Gen.Const((RawValue?)null),
            // A dangling single reference is well-formed: the entry is lost through its reference, not its shape.
            1 => Gen.Const<RawValue?>(new RawValue([InvalidItem(field.Kind)], field.Kind == Kind.Ref && !field.IsList, IsVerbatim: true)),
            _ => field.IsList
                ? ValidItem(field.Kind).Array[0, 3].Select(items => (RawValue?)new RawValue(items, true))
                : ValidItem(field.Kind).Select(item => (RawValue?)new RawValue([item], true)),
        });

    private static readonly Gen<Scenario> Scenarios =
        Fields.Array[1, 4].Array[1, 3].SelectMany(types =>
        {
            var fixedTypes = types.Select(fields => fields.Select(field => field with { Target = field.Target % types.Length }).ToArray()).ToArray();
            var entries = fixedTypes.Select(fields =>
                Gen.Select(Gen.Int[0, 5], fields.Select(Value).ToArray().Aggregate(Gen.Const(Array.Empty<RawValue?>()), (all, next) => Gen.Select(all, next, (a, v) => a.Append(v).ToArray())),
                    (id, values) => new EntryCase(id, values)).Array[0, 5]);
            var allEntries = entries.Aggregate(Gen.Const(Array.Empty<EntryCase[]>()), (all, next) => Gen.Select(all, next, (a, e) => a.Append(e).ToArray()));
            var corruption = Gen.Int[0, 9].SelectMany(roll => roll == 0
                ? Gen.Select(Gen.Int[0, 10], Gen.Int[0, 10_000], Gen.OneOf('[', '{', ':', '\t', '"', '&', '*', '-', '\'', '\n'), (int f, int p, char c) => ((int, int, char)?)(f, p, c))
                : Gen.Const(((int, int, char)?)null));
            return Gen.Select(allEntries, corruption, (e, c) => new Scenario(fixedTypes, e, c));
        });
}
