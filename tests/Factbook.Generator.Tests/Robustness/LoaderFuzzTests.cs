using System.IO;
using CsCheck;
using Factbook.Cli.JsonSchemas;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Model;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// The whole loader over random YAML texts, schema files and content files alike: soups of YAML tokens and
/// odd characters at random indentation, random block and flow structure, mutated real files (content/ and
/// the YAML test suite's inputs), and schema skeletons with random field types, keys and values (the keys that
/// bind existing YAML too: files, layout, id, group, extra_fields, members, and in, at and parent for entries inside
/// entries; index, file and verbatim_in on fields)
/// plus content written for them, each file now and then mutated or replaced by noise. One or two schema files and one to
/// three content files go through <see cref="ContentLoader.Load"/> together; one case in eight also goes
/// through the generator, the compiler and the generated code. For every case:
/// <list type="bullet">
/// <item>nothing throws, and there is no FB0999 and no CS8785;</item>
/// <item>every located diagnostic is in one of the files, at a line from 1 to the file's lines + 1, a column
/// from 1, an end not before its start, and an offset that is where its line and column say;</item>
/// <item>no message holds a control, format (bidi), line-separator or lone surrogate character;</item>
/// <item>the files in reverse order give the same diagnostics and the same content;</item>
/// <item>the JSON Schemas the checker writes parse, without duplicate keys or file names;</item>
/// <item>the generator in a build (without compiling what it emits) reports exactly what the checker reports, and
/// one case in eight also checks one content file alone with <c>factbook check &lt;file&gt;</c> from disk, which
/// prints that file's problems as the build reports them;</item>
/// and when compiled:
/// <item>the generated code is printable ASCII and compiles without a warning; the files in reverse order,
/// and an incremental run after an edit, give the same diagnostics and byte-identical sources;</item>
/// <item>the loader (the command-line checker) reports exactly what the build reports;</item>
/// <item>every entry reads back from the generated code with every value, retirement, lookup and reverse
/// lookup as checked.</item>
/// </list>
/// FACTBOOK_FUZZ_ITERATIONS sets how many cases (default 150 for a quick loop; CI runs 3,000: about 100 s on two cores). A failure prints
/// the input (as C# literals, to paste into a regression test) and its seed; to replay that case alone:
/// <c>CsCheck_Seed=&lt;seed&gt; FACTBOOK_FUZZ_ITERATIONS=1 dotnet test --filter FullyQualifiedName~LoaderFuzzTests</c>.
/// </summary>
public class LoaderFuzzTests
{
    /// <summary>The generator reads only the assembly's name from the compilation: one serves every case.</summary>
    private static readonly Lazy<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> EmptyCompilation = new(() => GeneratorHarness.CreateCompilation());

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("FACTBOOK_FUZZ_ITERATIONS"), out var iterations) ? iterations : 150;

    [Fact]
    public void AnyYamlGivesLocatedEscapedDiagnosticsAndCompilingCode() =>
        Cases.Sample(Check, iter: Iterations, print: Print);

    /// <param name="Edit">For the IDE's path: which file was edited and the text it had before, for an incremental run from there.</param>
    /// <param name="CheckOneFile">Whether one content file is also checked alone by the command-line checker, from disk.</param>
    internal sealed record FuzzCase(ContentFile[] Files, ParseLimits Limits, bool Compile, string Namespace, (int File, string Before) Edit, bool CheckOneFile = false);

    /// <summary>A diagnostic as the loader or the compiler gives it: 1-based positions, the message as shown.</summary>
    private sealed record Reported(string Id, string Path, int Line, int Column, int EndLine, int EndColumn, string Message)
    {
        public override string ToString() => Path + "(" + Line + "," + Column + "-" + EndLine + "," + EndColumn + "): " + Id + ": " + Message;
    }

    private static void Check(FuzzCase fuzz)
    {
        var files = fuzz.Files;
        var loaded = ContentLoader.Load(files.Select(file => (file.Path, file.Text)), fuzz.Limits);
        var fromLoader = loaded.Diagnostics.Select(FromLoader).ToList();
        AssertWellReported(files, fromLoader);
        Assert.All(loaded.Diagnostics, diagnostic => AssertPrintable(diagnostic.ToString(), "the checker's line"));
        Assert.All(loaded.Diagnostics.Where(diagnostic => diagnostic.Path.Length > 0), diagnostic => AssertOffsetMatchesLine(files.First(file => file.Path == diagnostic.Path).Text, diagnostic));

        // The checker writes JSON Schemas for editors from what it loaded.
        var schemas = JsonSchemaExporter.Export(loaded.Schema, loaded.Content);
        Assert.Equal(schemas.Count, schemas.Select(schema => schema.FileName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var (_, json) in schemas)
        {
            using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { AllowDuplicateProperties = false });
        }

        var reversed = ContentLoader.Load(files.Reverse().Select(file => (file.Path, file.Text)), fuzz.Limits);
        Assert.Equal(fromLoader, reversed.Diagnostics.Select(FromLoader));
        Assert.True(loaded.Content == reversed.Content, "the content model depends on the order of the files");

        // Every case: the generator in a build (without compiling what it emits) reports exactly what the checker
        // reports (the namespace is an MSBuild property the checker does not read).
        var generated = GeneratorHarness.CreateDriver(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)), fuzz.Namespace, Properties(fuzz.Limits), trackSteps: false)
            .RunGenerators(EmptyCompilation.Value).GetRunResult();
        Assert.Equal(Sorted(fromLoader), Sorted(generated.Diagnostics.Select(FromCompiler).Where(diagnostic => diagnostic.Id != "FB0032")));
        if (fuzz.CheckOneFile)
        {
            // As the build reports them before unread files are folded into one FB0039: a file named alone keeps its own.
            var unfolded = ContentLoader.Load(files.Select(file => (file.Path, file.Text)), fuzz.Limits, foldUnreadFiles: false).Diagnostics.Select(FromLoader).ToList();
            AssertOneFileCheckedAsTheBuildChecksIt(files, unfolded, fuzz.Limits);
        }

        if (!fuzz.Compile)
        {
            return;
        }

        var properties = Properties(fuzz.Limits);
        var run = GeneratorHarness.Run(files, string.Empty, fuzz.Namespace, properties);
        var fromBuild = run.GeneratorDiagnostics.Select(FromCompiler).ToList();
        AssertWellReported(files, fromBuild);
        Assert.Empty(run.CompilationDiagnostics);
        foreach (var (hintName, text) in run.Sources)
        {
            var odd = Array.FindIndex(text.ToCharArray(), c => c is not ('\n' or '\r' or '\t') && (c < ' ' || c > '~'));
            Assert.True(odd < 0, hintName + " holds U+" + (odd < 0 ? string.Empty : ((int)text[odd]).ToString("X4", CultureInfo.InvariantCulture)));
        }

        var back = GeneratorHarness.Run(files.Reverse(), string.Empty, fuzz.Namespace, properties);
        Assert.Equal(Sorted(fromBuild), Sorted(back.GeneratorDiagnostics.Select(FromCompiler)));
        Assert.Equal(run.Sources, back.Sources);

        // In the IDE the generator runs again after each edit, reusing what did not change: that must give
        // what a fresh run gives.
        var texts = files.Select(file => new InMemoryAdditionalText(file.Path, file.Text)).ToArray();
        var edited = fuzz.Edit.File % texts.Length;
        var before = new InMemoryAdditionalText(texts[edited].Path, fuzz.Edit.Before);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(texts.Select((text, i) => i == edited ? before : (AdditionalText)text), fuzz.Namespace, properties).RunGenerators(compilation);
        var incremental = driver.ReplaceAdditionalText(before, texts[edited]).RunGenerators(compilation).GetRunResult();
        Assert.Equal(run.Sources, incremental.Results.SelectMany(result => result.GeneratedSources).Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, StringComparer.Ordinal).ToList());
        Assert.Equal(Sorted(fromBuild), Sorted(incremental.Diagnostics.Select(FromCompiler)));

        // The command-line checker runs the same steps, so it must say exactly what the build says about the
        // files (the namespace is an MSBuild property the checker does not read).
        Assert.Equal(Sorted(fromLoader), Sorted(fromBuild.Where(diagnostic => diagnostic.Id != "FB0032")));

        if (loaded.Content.Collections.Any(collection => collection.Entries.Count > 0))
        {
            var generatedNamespace = string.IsNullOrWhiteSpace(fuzz.Namespace) ? "Consumer.Content" : fromBuild.Any(diagnostic => diagnostic.Id == "FB0032") ? "Factbook.Content" : fuzz.Namespace.Trim();
            AssertReadsBack(run.Load(), loaded.Content, generatedNamespace);
        }
    }

    /// <summary>
    /// <c>factbook check &lt;file&gt;</c> on one content file of the case, written to disk: the checker finds the
    /// file's schema itself and prints the file's problems as the build reports them, no more, no fewer.
    /// </summary>
    private static void AssertOneFileCheckedAsTheBuildChecksIt(ContentFile[] files, List<Reported> fromBuild, ParseLimits limits)
    {
        const string Root = "/project/content/";
        var contentFiles = files.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path)).ToList();
        if (contentFiles.Count == 0 || !files.All(file => file.Path.StartsWith(Root, StringComparison.Ordinal) && file.Path.Substring(Root.Length).All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-')))
        {
            return;
        }

        if (files.Any(file => !IsWholeUnicode(file.Text) || file.Text.StartsWith('\uFEFF')))
        {
            return; // a lone surrogate (an unsaved editor buffer) cannot be written as UTF-8, and a byte order mark is not read back as text
        }

        var folder = Path.Combine(Path.GetTempPath(), "factbook-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file.Path.Substring(Root.Length));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            var chosen = contentFiles[0];
            var onDisk = Path.Combine(folder, chosen.Path.Substring(Root.Length));
            using var output = new StringWriter();
            using var error = new StringWriter();
            var arguments = new List<string> { "check", onDisk };
            foreach (var (name, value) in Properties(limits) ?? new Dictionary<string, string>())
            {
                arguments.AddRange(["-p", name + "=" + value]);
            }

            Factbook.Cli.CliApp.Run([.. arguments], output, error);
            var prefix = onDisk + "(";
            var printed = output.ToString().Split('\n').Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
                .Select(line => line.Substring(onDisk.Length).Replace(folder + "/", Root, StringComparison.Ordinal)).OrderBy(line => line, StringComparer.Ordinal).ToList();
            var expected = fromBuild.Where(diagnostic => diagnostic.Path == chosen.Path)
                .Select(diagnostic => "(" + diagnostic.Line + "," + diagnostic.Column + "): " + (diagnostic.Id == "FB0999" || Factbook.Generator.Diagnostics.FactbookDiagnostics.Find(diagnostic.Id).IsError ? "error" : "warning") + " " + diagnostic.Id + ": " + diagnostic.Message)
                .OrderBy(line => line, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, printed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsWholeUnicode(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Runs the generated code: every entry the loader kept reads back with every value as checked, retirement included.</summary>
    private static void AssertReadsBack(System.Reflection.Assembly assembly, ContentModel content, string generatedNamespace)
    {
        var entries = new Dictionary<string, System.Collections.IList>(StringComparer.Ordinal);
        var classes = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var collection in content.Collections)
        {
            var type = collection.Type;
            var collectionClass = assembly.GetType(generatedNamespace + "." + type.CollectionClass, throwOnError: true)!;
            var all = (System.Collections.IList)collectionClass.GetProperty("AllIncludingRetired")!.GetValue(null)!;
            classes[type.Name] = collectionClass;
            entries[type.Name] = all;
            Assert.Equal(collection.Entries.Select(entry => entry.Id), all.Cast<object>().Select(entry => (string)Property(entry, "Id")!));
            var current = ((System.Collections.IEnumerable)collectionClass.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            Assert.Equal(all.Cast<object>().Where(entry => !(bool)Property(entry, "IsRetired")!), current);
            Assert.Equal(current.Count, (int)collectionClass.GetField("Count")!.GetValue(null)!);
            var get = collectionClass.GetMethod("Get", [typeof(string)])!;
            Assert.All(all.Cast<object>(), entry => Assert.Same(entry, get.Invoke(null, [Property(entry, "Id")])));
        }

        foreach (var collection in content.Collections)
        {
            var type = collection.Type;
            for (var i = 0; i < collection.Entries.Count; i++)
            {
                var model = collection.Entries[i];
                var entry = entries[type.Name][i]!;
                var where = type.Name + " '" + model.Id + "'";
                Assert.Equal(model.Retirement?.Reason, Property(entry, "RetirementReason"));
                var supersededBy = Property(entry, "SupersededBy");
                Assert.Equal(model.Retirement is { SupersededByKey: >= 0 } retirement ? collection.Entries[retirement.SupersededByKey].Id : null, supersededBy is null ? null : Property(supersededBy, "Id"));
                AssertFields(type.Fields, model.Values, entry, entries, where);
            }

            // Reverse lookups: the entries, not retired, that refer to a target, in content order.
            foreach (var field in type.Fields.Where(field => field.Kind == FieldKind.Reference))
            {
                var lookup = classes[type.Name].GetMethod(Naming.GeneratedNames.Lookup(field))!;
                foreach (var target in entries[field.TypeName].Cast<object>())
                {
                    var expected = entries[type.Name].Cast<object>().Where(entry => !(bool)Property(entry, "IsRetired")! && Refers(Property(entry, field.PropertyName), target)).ToList();
                    Assert.Equal(expected, ((System.Collections.IEnumerable)lookup.Invoke(null, [target])!).Cast<object>());
                }
            }
        }
    }

    private static bool Refers(object? value, object target) =>
        value is System.Collections.IEnumerable list ? list.Cast<object>().Contains(target) : ReferenceEquals(value, target);

    private static void AssertFields(EquatableArray<FieldSpec> fields, EquatableArray<ValueModel> values, object record, Dictionary<string, System.Collections.IList> entries, string where)
    {
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            var actual = Property(record, field.PropertyName);
            var value = values[f];
            var at = where + "." + field.Name;
            if (field.IsList)
            {
                var items = ((System.Collections.IEnumerable)actual!).Cast<object>().ToList();
                Assert.True(value.Kind is ValueKind.List or ValueKind.Null, at + " is " + value.Kind);
                Assert.True(value.Items.Count == items.Count, at + " has " + items.Count + " items, not " + value.Items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertValue(field, value.Items[i], items[i], entries, at + "[" + i + "]");
                }
            }
            else
            {
                AssertValue(field, value, actual, entries, at);
            }
        }
    }

    private static void AssertValue(FieldSpec field, ValueModel value, object? actual, Dictionary<string, System.Collections.IList> entries, string at)
    {
        if (value.Kind == ValueKind.Null)
        {
            Assert.True(actual is null, at + " should be null, not " + actual);
            return;
        }

        Assert.True(actual is not null, at + " is null, not " + value.Text);
        switch (value.Kind)
        {
            case ValueKind.Object:
                AssertFields(field.Fields, value.Items, actual!, entries, at);
                return;
            case ValueKind.Reference:
                Assert.Equal(Property(entries[field.TypeName][int.Parse(value.Text, CultureInfo.InvariantCulture)]!, "Id"), Property(actual!, "Id"));
                return;
            case ValueKind.Scalar when field.Scalar!.Keyword == "url":
                Assert.Equal(value.Text, ((Uri)actual!).OriginalString);
                return;
            case ValueKind.Scalar when field.Scalar!.Keyword == "bool":
                Assert.Equal(value.Text, (bool)actual! ? "true" : "false");
                return;
            case ValueKind.Scalar when field.Scalar!.Keyword == "double":
                Assert.Equal(double.Parse(value.Text, CultureInfo.InvariantCulture), (double)actual!);
                return;
            case ValueKind.Scalar when field.Scalar!.Keyword == "datetime":
                Assert.Equal(value.Text, ((DateTimeOffset)actual!).ToString("o", CultureInfo.InvariantCulture));
                return;
            default:
                Assert.True(value.Text == Convert.ToString(actual, CultureInfo.InvariantCulture), at + " reads back as " + Literal(Convert.ToString(actual, CultureInfo.InvariantCulture) ?? "null") + ", not " + Literal(value.Text));
                return;
        }
    }

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    private static void AssertWellReported(ContentFile[] files, List<Reported> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Assert.False(diagnostic.Id is "FB0999" or "CS8785", diagnostic.ToString());
            AssertPrintable(diagnostic.Message, diagnostic.Id);
            if (diagnostic.Path.Length == 0)
            {
                continue;
            }

            var file = files.SingleOrDefault(f => f.Path == diagnostic.Path);
            Assert.True(file is not null, "not one of the files: " + diagnostic);
            var lines = SourceText.From(file!.Text).Lines.Count;
            Assert.True(diagnostic.Line >= 1 && diagnostic.Line <= lines + 1, "no such line (the file has " + lines + "): " + diagnostic);
            Assert.True(diagnostic.Column >= 1, "column before the line: " + diagnostic);
            Assert.True(diagnostic.EndLine > diagnostic.Line || (diagnostic.EndLine == diagnostic.Line && diagnostic.EndColumn >= diagnostic.Column), "end before start: " + diagnostic);
        }
    }

    /// <summary>
    /// A diagnostic's offset (Roslyn's TextSpan) is where its line and column (what the compiler prints) say,
    /// lines ending as YAML and Roslyn end them (LF, CR, CRLF, NEL, LS, PS), in the text after its byte order
    /// mark, as the compiler reads it; YamlDotNet puts the end of the text on a line of its own. Only the start
    /// is checked: after a broken surrogate-pair escape ("\uD83D\uDE0" and a line break) YamlDotNet's line
    /// count falls behind its offset, which shows in the end of its syntax error.
    /// </summary>
    private static void AssertOffsetMatchesLine(string text, DiagnosticInfo diagnostic)
    {
        var read = SourceText.From(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        var span = diagnostic.Span;
        Assert.True(span.Start >= 0 && span.Start + span.Length <= read.Length, "offset outside the text: " + diagnostic);
        var at = read.Lines.GetLinePosition(span.Start);
        var pastTheEnd = span.Start == read.Length && span.StartLine == at.Line + 1 && span.StartColumn == 0;
        Assert.True((at.Line == span.StartLine && at.Character == span.StartColumn) || pastTheEnd, "offset " + span.Start + " is at (" + (at.Line + 1) + "," + (at.Character + 1) + "): " + diagnostic);
    }

    /// <summary>Content is quoted escaped: no control, format (bidi), line-separator or lone surrogate character reaches a message.</summary>
    private static void AssertPrintable(string message, string what)
    {
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]))
            {
                i++;
                continue;
            }

            var bad = c < ' ' || char.IsControl(c) || char.IsSurrogate(c) ||
                CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            Assert.False(bad, what + " holds U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ": " + Literal(message));
        }
    }

    private static Reported FromLoader(DiagnosticInfo diagnostic) =>
        new(diagnostic.Id, diagnostic.Path, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Span.EndLine + 1, diagnostic.Span.EndColumn + 1, diagnostic.Message);

    private static Reported FromCompiler(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = diagnostic.Location.Kind == LocationKind.None ? string.Empty : span.Path ?? string.Empty;
        return new(diagnostic.Id, path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private static List<string> Sorted(IEnumerable<Reported> diagnostics) =>
        diagnostics.Select(diagnostic => diagnostic.ToString()).OrderBy(text => text, StringComparer.Ordinal).ToList();

    private static Dictionary<string, string>? Properties(ParseLimits limits) => limits == ParseLimits.Default
        ? null
        : new Dictionary<string, string>
        {
            [ParseLimits.DepthProperty] = limits.MaxDepth.ToString(CultureInfo.InvariantCulture),
            [ParseLimits.FileProperty] = limits.MaxFileChars.ToString(CultureInfo.InvariantCulture),
            [ParseLimits.ScalarProperty] = limits.MaxScalarChars.ToString(CultureInfo.InvariantCulture),
        };

    private static string Print(FuzzCase fuzz) =>
        "limits " + fuzz.Limits + (fuzz.Compile ? ", compiled in namespace " + Literal(fuzz.Namespace) + ", file " + fuzz.Edit.File % fuzz.Files.Length + " edited from " + Literal(fuzz.Edit.Before) : string.Empty) + "\n" +
        string.Join("\n", fuzz.Files.Select(file => "new ContentFile(" + Literal(file.Path) + ", " + Literal(file.Text) + "),"));

    /// <summary>A C# string literal of the text, every character outside printable ASCII escaped, to paste into a regression test.</summary>
    internal static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c >= ' ' && c <= '~' => c.ToString(),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.Append('"').ToString();
    }

    // ----- Tokens -----

    private static readonly string[] Structure =
    [
        ":", ": ", " :", "- ", "-", "--", "[", "]", "{", "}", ",", ", ", "? ", "?", "&a ", "&a", "*a", "*a ", "!!str ", "!x ", "!!] ", "!<tag:x> ",
        "! ", "!!binary ", "!!map ", "!!seq ", "!e!x ", "%TAG ! tag:x,2000:\n", "%TAG !e! tag:]\n", "%YAML 1.2\n", "%YAML 1.1\n", "%YAML 2.0\n", "%FOO bar\n",
        "---", "--- ", "...", "#", " # note", "|", "|-", "|+", "|2", "|9", ">", ">-", "\"", "'", "\\", "<<: ", "@", "`", "%", "=", "!",
        "%YAML 99999999999.1\n", "|99999999999", "|0", "!%zz ", "!%FF ", "!<%C3%28> ", "\"\\UFFFFFFFF\"", "!<> ", "!<!> ", "!! ", "? - a\n: b", "--- >2\n",
    ];

    private static readonly string[] Words =
    [
        "id", "types", "fields", "type", "values", "default", "optional", "collection", "description", "display", "retired", "reason",
        "superseded_by", "content", "places", "t0s", "t1s", "T0", "T1", "T2", "Place", "string", "int", "decimal", "bool", "date", "url", "enum",
        "object", "int[]", "T0[]", "string[]", "true", "false", "yes", "no", "maybe", "~", "null", "e0", "e1", "e2", "all", "count", "Get", "name",
        "kind", "f0", "f1", "two words", "x",
    ];

    private static readonly string[] Odd =
    [
        "\t", "\r", "\r\n", "\n", "\uFEFF", "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u202E", "\u2066", "\u2069", "\u200B", "\u200E",
        "\u2028", "\u2029", "\u0085", "\u001B[31m", "\u007F", "\u009B", "\uFFFD", "\uFFFE", "\uFFFF", "\u00A0", "\u3000", "٢٠٢٣", "２０２３", "٢٠٢٣-٠١-٠١",
        "2023-٠١", "१२३", "é", "e\u0301", "ß", "İ", "ı", "ǅ", "Ω", "𝟘", "ℌ", "ﬁ",
    ];

    private static readonly string[] Values =
    [
        "0", "-0", "+1", "007", "1_000", "1,000", "1,5", "1.5", "1.", ".5", "-.5", "1e3", ".inf", "-.Inf", ".nan", "0x1F", "0o17", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335.5",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.0000000000000000000000000001", "12345678901234567890.123456789",
        "2023", "2023-02-29", "2024-02-29", "0000", "0001", "9999-12-31", "2023-13", "2023-00-10", "2023-1-1", "2023-01-01T10:00:00Z", "2023-01-01 10:00",
        "99999", "https://example.org/a?b=c&d#e", "http://[::1", "http://[::1]/", "//x", "mailto:a@b", "https://例え.jp/", "https://xn--r8jz45g.jp/",
        "HTTPS://EXAMPLE.ORG", "http://a b", "https://", "file:///etc/passwd", "http://%zz", "https://a:99999/",
    ];

    private static readonly string[] Escapes =
    [
        "\\u202E", "\\x00", "\\0", "\\t", "\\n", "\\r", "\\uD800", "\\uDFFF", "\\uD83D\\uDE00", "\\U0001F600", "\\U00110000", "\\N", "\\_", "\\L",
        "\\P", "\\e", "\\a", "\\b", "\\v", "\\f", "\\/", "\\ ", "\\\"", "\\\\", "\\q", "\\x", "\\u12", "\\x1B[2J", "\\u2028", "\\uFEFF", "\\u0085",
        "\\u009B", "\\\n", "\\uFFFF", "\\xFF",
    ];

    private static readonly Gen<string> LongToken = Gen.Select(
        Gen.OneOf("a", "é", "\uD83D\uDE00", "ab ", "\\", "[", "- ", "\\u202E", "a: ", "{a: ", "\t"),
        Gen.Frequency((8, Gen.Int[40, 1500]), (1, Gen.Int[1500, 70_000])),
        (unit, count) => string.Concat(Enumerable.Repeat(unit, count)));

    private static readonly Gen<string> DoubleQuotedToken = Gen.Select(
        Gen.Frequency((3, Gen.OneOf(Escapes)), (2, Gen.OneOf(Words)), (1, Gen.OneOf(Odd)), (1, Gen.OneOf(Values))).Array[0, 4],
        Gen.Frequency((9, Gen.Const("\"")), (1, Gen.Const(string.Empty))),
        (parts, end) => "\"" + string.Concat(parts) + end);

    private static readonly Gen<string> SingleQuotedToken = Gen.Select(
        Gen.Frequency((2, Gen.OneOf(Words)), (1, Gen.OneOf(Odd)), (1, Gen.OneOf("''", "'", "\\", "\"")), (1, Gen.OneOf(Values))).Array[0, 4],
        Gen.Frequency((9, Gen.Const("'")), (1, Gen.Const(string.Empty))),
        (parts, end) => "'" + string.Concat(parts) + end);

    private static readonly Gen<string> AsciiWord = Gen.Char['!', '~'].Array[1, 8].Select(chars => new string(chars));

    private static readonly Gen<string> Token = Gen.Frequency(
        (4, Gen.OneOf(Structure)),
        (5, Gen.OneOf(Words)),
        (3, Gen.OneOf(Odd)),
        (3, Gen.OneOf(Values)),
        (2, DoubleQuotedToken),
        (1, SingleQuotedToken),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, AsciiWord),
        (1, LongToken));

    // ----- Token soups: random lines of tokens at random indentation -----

    private static readonly Gen<string> Indent = Gen.Frequency(
        (8, Gen.Int[0, 8].Select(n => new string(' ', n))),
        (1, Gen.OneOf("\t", " \t", "\t ", "  \t  ", "\u00A0", "\u3000")));

    private static readonly Gen<string> Separator = Gen.Frequency(
        (4, Gen.Const(string.Empty)), (5, Gen.Const(" ")), (2, Gen.Const(": ")), (1, Gen.Const(", ")), (1, Gen.Const("\t")), (1, Gen.Const("  ")));

    private static readonly Gen<string> LineEnd = Gen.Frequency(
        (16, Gen.Const("\n")), (3, Gen.Const("\r\n")), (1, Gen.Const("\r")), (1, Gen.Const("\u2028")), (1, Gen.Const("\u0085")), (1, Gen.Const(string.Empty)));

    private static readonly Gen<string> SoupLine = Gen.Select(
        Indent,
        Gen.Select(Token, Separator, (token, separator) => token + separator).Array[0, 6],
        LineEnd,
        (indent, tokens, end) => indent + string.Concat(tokens) + end);

    private static readonly Gen<string> Prefix = Gen.Frequency(
        (8, Gen.Const(string.Empty)),
        (1, Gen.OneOf("\uFEFF", "---\n", "%YAML 1.2\n---\n", "\uFEFF---\r\n", "--- |\n", "--- !x\n", "---\n...\n", "# c\n", "\uFEFF\uFEFF")));

    private static readonly Gen<string> Soup = Gen.Select(Prefix, SoupLine.Array[0, 24], (prefix, lines) => prefix + string.Concat(lines));

    // ----- Random structure: block and flow collections with schema and content words as keys -----

    private static readonly Gen<string> Key = Gen.Frequency(
        (8, Gen.OneOf(Words)), (1, Token), (1, DoubleQuotedToken), (1, Gen.OneOf("? a", "[a]", "{a: b}", "&a k", "*a", "!!str id", "")));

    private static readonly Gen<string> ScalarText = Gen.Frequency(
        (4, Gen.OneOf(Words)), (3, Gen.OneOf(Values)), (2, DoubleQuotedToken), (1, SingleQuotedToken), (1, Token), (1, Gen.OneOf("", "~", "|\n  text", ">-\n  folded\n  text", "|\n\ttab")));

    private static Gen<string> Flow(int depth) => depth <= 0
        ? ScalarText
        : Gen.Frequency(
            (3, ScalarText),
            (2, Gen.Int[0, 3].SelectMany(_ => Flow(depth - 1)).Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]")),
            (2, Gen.Select(Key, Gen.Int[0, 1].SelectMany(_ => Flow(depth - 1)), (key, value) => key + ": " + value).Array[0, 4].Select(pairs => "{" + string.Join(", ", pairs) + "}")),
            (1, Gen.Int[0, 1].SelectMany(_ => Flow(depth - 1)).Array[1, 3].Select(items => "[" + string.Join(", ", items))),
            (1, Gen.Int[0, 1].SelectMany(_ => Flow(depth - 1)).Array[1, 3].Select(items => "{" + string.Join(", ", items) + "]")));

    /// <summary>What follows a key's ':' or a list item's '-': a value on the same line, or a nested block below.</summary>
    private static Gen<string> AfterIndicator(int depth, int indent) => depth <= 0
        ? ScalarText.Select(text => " " + text + "\n")
        : Gen.Frequency(
            (4, ScalarText.Select(text => " " + text + "\n")),
            (2, Flow(2).Select(text => " " + text + "\n")),
            (3, Gen.Int[0, 4].SelectMany(step => BlockMapping(depth - 1, indent + step)).Select(block => "\n" + block)),
            (2, Gen.Int[0, 3].SelectMany(step => BlockSequence(depth - 1, indent + step)).Select(block => "\n" + block)));

    private static Gen<string> BlockMapping(int depth, int indent) =>
        Gen.Select(Key, Gen.Int[0, 1].SelectMany(_ => AfterIndicator(depth, indent)), Gen.Frequency((12, Gen.Const(0)), (1, Gen.Int[-2, 2])), (key, value, jitter) =>
            new string(' ', Math.Max(0, indent + jitter)) + key + ":" + value).Array[1, 5].Select(string.Concat);

    private static Gen<string> BlockSequence(int depth, int indent) =>
        Gen.Int[0, 1].SelectMany(_ => AfterIndicator(depth, indent)).Array[1, 4].Select(items => string.Concat(items.Select(item => new string(' ', indent) + "-" + item)));

    private static readonly Gen<string> Structured = Gen.Frequency(
        (4, BlockMapping(4, 0)),
        (1, BlockSequence(3, 0)),
        (1, Flow(4)),
        (1, Gen.Select(Gen.OneOf("types", "t0s", "content", "places"), BlockSequence(3, 2), (key, block) => key + ":\n" + block)));

    // ----- Mutations of real and generated files -----

    private static readonly Lazy<string[]> SuiteInputs = new(() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "tests", "yaml-test-suite"), "in.yaml", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray());

    private static readonly Lazy<ContentFile[]> RealFiles = new(RepositoryPaths.ContentFiles);

    private static string RealSchema => RealFiles.Value.Single(file => ParsedYamlFile.IsSchemaPath(file.Path)).Text;

    private static ContentFile[] RealContent => RealFiles.Value.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path))
        .Select(file => file with { Path = "/project/content/" + Path.GetFileName(file.Path) })
        .ToArray();

    private sealed record Mutation(int Kind, int A, int B, string Token)
    {
        public string Apply(string text)
        {
            if (text.Length == 0)
            {
                return Token;
            }

            var at = A % (text.Length + 1);
            var lines = text.Split('\n').ToList();
            var line = A % lines.Count;
            var other = B % lines.Count;
            switch (Kind)
            {
                case 0:
                    return text.Insert(at, Token);
                case 1:
                    return text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + (B % 12), text.Length - Math.Min(at, text.Length - 1)));
                case 2:
                    return text.Substring(0, Math.Min(at, text.Length - 1)) + Token + text.Substring(Math.Min(at, text.Length - 1) + 1);
                case 3:
                    lines.Insert(other, lines[line]);
                    break;
                case 4:
                    lines.RemoveAt(line);
                    break;
                case 5:
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 6:
                    lines[line] = B % 2 == 0 ? new string(' ', 1 + (B % 5)) + lines[line] : lines[line].Substring(Math.Min(lines[line].Length, 1 + (B % 3)));
                    break;
                case 7:
                    var length = Math.Min(1 + (B % 40), text.Length - Math.Min(at, text.Length - 1));
                    var piece = text.Substring(Math.Min(at, text.Length - 1), length);
                    return text.Insert(B % (text.Length + 1), piece);
                case 8:
                    return text.Insert(at, ((char)(B % 0x10000)).ToString());
                default:
                    return B % 3 == 0 ? text.Replace("\n", "\r\n") : B % 3 == 1 ? text.Replace("\n", "\r") : "\uFEFF" + text;
            }

            return string.Join("\n", lines);
        }
    }

    private static readonly Gen<Mutation> Mutations = Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Token, (kind, a, b, token) => new Mutation(kind, a, b, token));

    private static Gen<string> Mutated(Gen<string> source) =>
        Gen.Select(source, Mutations.Array[1, 6], (text, mutations) => mutations.Aggregate(text, (current, mutation) => mutation.Apply(current)));

    private static readonly Gen<string> Suite = Gen.Int[0, int.MaxValue].Select(i => SuiteInputs.Value[i % SuiteInputs.Value.Length]);

    /// <summary>Text with no relation to any schema, for schema and content files alike.</summary>
    private static readonly Gen<string> Noise = Gen.Frequency(
        (3, Soup), (3, Structured), (2, Mutated(Suite)), (1, Suite), (1, Mutated(Structured)));

    // ----- Schema skeletons -----

    private sealed record FieldSketch(
        string Name, string TypeText, bool QuoteType, int Style, string? Optional, string? Default, string[]? Values, string? ValuesText,
        string? Description, FieldSketch[] Nested, string? Extra)
    {
        public string BaseType => TypeText.Trim().EndsWith("[]", StringComparison.Ordinal) ? TypeText.Trim()[..^2].Trim() : TypeText.Trim();

        public bool IsList => TypeText.Trim().EndsWith("[]", StringComparison.Ordinal);

        private IEnumerable<(string Key, string Value)> Keys()
        {
            yield return ("type", QuoteType ? YamlText.DoubleQuoted(TypeText) : TypeText);
            if (Optional is not null)
            {
                yield return ("optional", Optional);
            }

            if (Default is not null)
            {
                yield return ("default", Default);
            }

            if (ValuesText is not null)
            {
                yield return ("values", ValuesText);
            }

            if (Description is not null)
            {
                yield return ("description", Description);
            }
        }

        public string Render(int indent)
        {
            var pad = new string(' ', indent);
            var onlyType = Optional is null && Default is null && ValuesText is null && Description is null && Nested.Length == 0 && Extra is null;
            if (Style == 0 && onlyType)
            {
                return pad + Name + ": " + (QuoteType ? YamlText.DoubleQuoted(TypeText) : TypeText) + "\n";
            }

            if (Style == 1)
            {
                var pairs = Keys().Select(pair => pair.Key + ": " + pair.Value).ToList();
                if (Nested.Length > 0)
                {
                    pairs.Add("fields: { " + string.Join(", ", Nested.Select(field => field.RenderFlow())) + " }");
                }

                if (Extra is not null)
                {
                    pairs.Add(Extra);
                }

                return pad + Name + ": { " + string.Join(", ", pairs) + " }\n";
            }

            var text = new StringBuilder(pad).Append(Name).Append(":\n");
            foreach (var (key, value) in Keys())
            {
                text.Append(pad).Append("  ").Append(key).Append(": ").Append(value).Append('\n');
            }

            if (Nested.Length > 0)
            {
                text.Append(pad).Append("  fields:\n");
                foreach (var field in Nested)
                {
                    text.Append(field.Render(indent + 4));
                }
            }

            if (Extra is not null)
            {
                text.Append(pad).Append("  ").Append(Extra).Append('\n');
            }

            return text.ToString();
        }

        private string RenderFlow() =>
            Name + ": { " + string.Join(", ", Keys().Select(pair => pair.Key + ": " + pair.Value)
                .Concat(Nested.Length > 0 ? ["fields: { " + string.Join(", ", Nested.Select(field => field.RenderFlow())) + " }"] : [])) + " }";
    }

    private sealed record TypeSketch(string? OddName, string? Collection, string? Description, string? Display, FieldSketch[] Fields, string? Extra, bool NoFieldsKey);

    /// <summary>A schema as generated, with what content needs to refer to it: type names, collections and fields.</summary>
    private sealed record SchemaSketch(TypeSketch[] Types, int SplitAt)
    {
        public string Name(int index) => Types[index].OddName ?? "T" + index.ToString(CultureInfo.InvariantCulture);

        public string CollectionOf(int index) => Types[index].Collection ?? SchemaReader.DefaultCollectionName(Name(index));

        public string[] Render()
        {
            var split = Math.Min(SplitAt, Types.Length);
            return split == 0 || split == Types.Length ? [Render(0, Types.Length)] : [Render(0, split), Render(split, Types.Length)];
        }

        private string Render(int from, int to)
        {
            var text = new StringBuilder("types:\n");
            for (var i = from; i < to; i++)
            {
                var type = Types[i];
                text.Append("  ").Append(Name(i)).Append(":\n");
                foreach (var (key, value) in new[] { ("collection", type.Collection), ("description", type.Description), ("display", type.Display) })
                {
                    if (value is not null)
                    {
                        text.Append("    ").Append(key).Append(": ").Append(value).Append('\n');
                    }
                }

                if (type.Extra is not null)
                {
                    text.Append("    ").Append(type.Extra).Append('\n');
                }

                if (!type.NoFieldsKey)
                {
                    text.Append("    fields:\n");
                    foreach (var field in type.Fields)
                    {
                        text.Append(field.Render(6));
                    }
                }
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// How wild a generated file is: 0 writes what the schema asks for, so entries get through to the output;
    /// 1 slips now and then; 2 often. Schema, content and whole-file mutation each get their own level.
    /// </summary>
    private static Gen<T> Spice<T>(int chaos, Gen<T> usual, Gen<T> odd) => chaos switch
    {
        0 => usual,
        1 => Gen.Frequency((20, usual), (1, odd)),
        _ => Gen.Frequency((5, usual), (2, odd)),
    };

    private static readonly Gen<int> Chaos = Gen.Frequency((5, Gen.Const(0)), (3, Gen.Const(1)), (2, Gen.Const(2)));

    private static readonly string[] BuiltInTypes = [.. Factbook.Generator.Kinds.ScalarKinds.Keywords, "enum", "object"];

    private static readonly string[] FieldNames = ["f0", "f1", "f2", "name", "kind", "part_of", "when", "site"];

    private static readonly string[] EnumTexts = ["a", "b", "two words", "c-d", "e_f"];

    private static readonly string[] Ids = ["e0", "e1", "e2", "e3", "e4", "e5"];

    private static Gen<string> TypeText(int chaos, int types, int depth)
    {
        var builtIn = depth >= 2 ? BuiltInTypes.Where(type => type != "object").ToArray() : BuiltInTypes;
        var usual = Gen.OneOf(builtIn.Concat(Enumerable.Range(0, types).Select(i => "T" + i.ToString(CultureInfo.InvariantCulture))).ToArray());
        return Spice(
            chaos,
            Gen.Frequency((3, usual), (1, usual.Select(type => type + "[]"))),
            Gen.OneOf("Int", "str", "list", "", "T9", "int []", " int", "int[][]", "[]", "Place", "string?", "Array<int>", "T0 ", "\u202Eint", "ınt", "ｉｎｔ", "enum [ ]", "T3", "T3[]", "object"));
    }

    private static readonly Gen<string> OddFieldName = Gen.OneOf(
        "id", "retired", "Id", "to_string", "F0", "f-0", "f_0", "bad name", "2x", "ä", "\"\"", "T0", "t0", "t1", "equality_contract", "key", "provenance", "all",
        "is_retired", "\"\\u202E\"", "equals", "get_type", "deconstruct", "print_members", "finalize", "memberwise_clone", "retirement_reason",
        "superseded_by", "get_hash_code", "value", "item", "count", "get", "data", "total", "table", "fill", "ids", "at", "resolve", "type", "class",
        "this", "object", "string", "by_f0", "t0_id", "f0_resolved", "f0-resolved", "_f0", "f0_", "fields", "values", "a__b", "f0");

    private static readonly Gen<string> OddEnumText = Gen.OneOf(
        "A", "two_words", "1x", "~", "\"\\u202E\"", "é", "\"\"", "[x]", "int", "class", "t0 f0", "t0_f1", "t0 kind", "t0-name", "t0 when", "equals",
        "get hash code", "to string", "value__", "to text", "get type", "has flag", "compare to", "t0 f0 extensions", "_a", "a b c", "null", "true", "0", "a");

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf(Words)), (2, Gen.OneOf(Odd)), (2, Gen.Char.Array[0, 8].Select(chars => new string(chars))), (1, Gen.OneOf(Values)), (1, AsciiWord));

    /// <summary>A valid value of a scalar kind, as text before quoting.</summary>
    private static Gen<string> ValidScalar(string baseType, string[]? enumValues) => baseType switch
    {
        "int" => Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        "decimal" => Gen.Select(Gen.Long, Gen.Int[0, 12], (units, scale) => (units / (decimal)Math.Pow(10, scale)).ToString(CultureInfo.InvariantCulture)),
        "bool" => Gen.OneOf("true", "false"),
        "long" => Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        "double" => Gen.Double.Where(d => !double.IsInfinity(d) && !double.IsNaN(d)).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        "datetime" => Gen.Select(Gen.Int[1, 9998], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23], Gen.Int[-14, 14], (y, m, d, h, offset) =>
            y.ToString("D4", CultureInfo.InvariantCulture) + "-" + m.ToString("D2", CultureInfo.InvariantCulture) + "-" + d.ToString("D2", CultureInfo.InvariantCulture) + "T" + h.ToString("D2", CultureInfo.InvariantCulture) + ":30:00" +
            (offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + Math.Abs(offset).ToString("D2", CultureInfo.InvariantCulture) + ":00")),
        "date" => Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[0, 28], (y, m, d) =>
            y.ToString("D4", CultureInfo.InvariantCulture) + (m == 0 ? string.Empty : "-" + m.ToString("D2", CultureInfo.InvariantCulture) + (d == 0 ? string.Empty : "-" + d.ToString("D2", CultureInfo.InvariantCulture)))),
        "url" => Gen.Frequency(
            (4, Gen.Select(Gen.OneOf("https://example.org/", "http://x.y/z?a=b&c=", "https://a.b/#"), AsciiWord, (start, word) => start + Uri.EscapeDataString(word))),
            (1, Gen.OneOf("https://例え.jp/", "https://xn--r8jz45g.jp/", "HTTPS://EXAMPLE.ORG", "https://a:99/", "https://\uD83D\uDE00.com/"))),
        "enum" => enumValues is { Length: > 0 } ? Gen.OneOf(enumValues) : Gen.OneOf(EnumTexts),
        _ when baseType.StartsWith('T') => Gen.OneOf(Ids),
        _ => Text,
    };

    /// <summary>Something a field of this kind may refuse, or that may break the YAML around it.</summary>
    private static Gen<string> OddScalar => Gen.Frequency((3, Gen.OneOf(Values)), (2, Gen.OneOf(Odd)), (1, Gen.OneOf(Words)), (1, Token));

    /// <summary>Text as a YAML scalar: plain when that reads back the same, otherwise quoted (at chaos, sometimes not).</summary>
    private static Gen<string> Quoted(string value, int chaos)
    {
        var plainIsSafe = value.Length > 0 && value.Trim() == value && value is not ("-" or ":" or "~" or "null" or "Null" or "NULL") &&
            !value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(':') && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '+' or ' ' or '/' or ':');
        var quoted = Gen.Frequency((4, Gen.Const(YamlText.DoubleQuoted(value))), (1, Gen.Const("'" + value.Replace("'", "''") + "'")));
        return plainIsSafe
            ? Gen.Frequency((6, Gen.Const(value)), (2, quoted))
            : Spice(chaos, quoted, Gen.Const(value));
    }

    private static Gen<FieldSketch> Field(int chaos, int types, int depth, int index) => TypeText(chaos, types, depth).SelectMany(type =>
    {
        var baseType = type.Trim().EndsWith("[]", StringComparison.Ordinal) ? type.Trim()[..^2].Trim() : type.Trim();
        var isList = type.Trim().EndsWith("[]", StringComparison.Ordinal);
        var name = Spice(chaos, Gen.Const(FieldNames[index % FieldNames.Length]), OddFieldName);
        var values = baseType == "enum"
            ? Spice(chaos, Gen.OneOf(EnumTexts).Array[1, 4].Select(list => (string[]?)list.Distinct().ToArray()), Gen.Frequency((3, OddEnumText.Array[0, 3]), (1, Gen.OneOf(EnumTexts).Array[1, 3])).Select(list => (string[]?)list))
            : Spice(chaos, Gen.Const((string[]?)null), Gen.OneOf(EnumTexts).Array[0, 2].Select(list => (string[]?)list));
        var oddValues = Gen.OneOf<string?>("a", "[]", "{a: b}", "[[a]]", "~");
        var valuesText = values.SelectMany(list => list is null
            ? Spice(chaos, Gen.Const((List: (string[]?)null, Text: (string?)null)), oddValues.Select(text => (List: (string[]?)null, Text: text)))
            : Gen.Const((List: (string[]?)list, Text: (string?)("[" + string.Join(", ", list.Select(v => v.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_') ? v : v)) + "]"))));
        var nested = baseType == "object"
            ? Spice(chaos, Gen.Int[1, 3], Gen.Int[0, 3]).SelectMany(count => Gen.Int[0, 1].SelectMany(_ => Field(chaos, types, depth + 1, 0)).Array[count]
                .Select(fields => chaos == 0 ? fields.Select((field, i) => field with { Name = FieldNames[i % FieldNames.Length] }).ToArray() : fields))
            : Spice(chaos, Gen.Const(Array.Empty<FieldSketch>()), Gen.Int[0, 1].SelectMany(_ => Field(2, types, 2, 0)).Array[1, 2]);
        var optional = Spice(chaos, Gen.Frequency((5, Gen.Const((string?)null)), (3, Gen.Const((string?)"true")), (1, Gen.Const((string?)"false"))), Gen.OneOf<string?>("maybe", "yes", "True", "~", "[true]", "{a: b}", "1", "\"true\""));
        var scalarKind = !isList && (baseType == "enum" || Factbook.Generator.Kinds.ScalarKinds.Find(baseType) is not null);
        var defaults = Spice(
            chaos,
            scalarKind ? Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.Const(0).Select(_ => (string?)"?"))) : Gen.Const((string?)null),
            Gen.Frequency((2, OddScalar), (1, Gen.OneOf("[1, 2]", "{a: b}", "~", "\"\"", "\"\\u202E\"", "''"))).Select(text => (string?)text));
        var description = Spice(chaos, Gen.Frequency((4, Gen.Const((string?)null)), (1, Text.SelectMany(text => Quoted(text, 0)).Select(text => (string?)text))), Gen.OneOf<string?>("[a, b]", "{a: b}", "~", "\"\\u202E\\n#if\"", "-"));
        var extra = Spice(
            chaos,
            Gen.Frequency((12, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("index: true", "verbatim_in: part_of", "verbatim_in: f0"))),
            Gen.OneOf<string?>("required: true", "enum: [a]", "min: 1", "Type: int", "nullable: true", "format: email", "\"\\u202E\": x", "items: string", "index: yes", "index: true", "verbatim_in: nope", "verbatim_in: [f0]", "verbatim_in: name"));
        var head = Gen.Select(name, Gen.Int[0, 3], Gen.Int[0, 2], optional, (n, quote, style, isOptional) => (Name: n, Quote: quote == 0 || (style == 1 && isList), Style: style, Optional: isOptional));
        return Gen.Select(head, defaults, valuesText, description, nested, extra, (h, defaultValue, enumValues, text, fields, more) => (h, defaultValue, enumValues, text, fields, more))
            .SelectMany(parts =>
            {
                // A usual default is a valid value of the field, chosen once the enum values are known.
                var defaultValue = parts.defaultValue == "?"
                    ? ValidScalar(baseType, parts.enumValues.List).SelectMany(value => Quoted(value, 0)).Select(value => (string?)value)
                    : Gen.Const(parts.defaultValue);
                return defaultValue.Select(value => new FieldSketch(parts.h.Name, type, parts.h.Quote, parts.h.Style, parts.h.Optional, value, parts.enumValues.List, parts.enumValues.Text, parts.text, parts.fields, parts.more));
            });
    });

    private static Gen<TypeSketch> TypeSketches(int chaos, int types) => Gen.Select(
        Spice(chaos, Gen.Const((string?)null), Gen.OneOf<string?>(
            "Place", "Thing", "t0", "Bad Name", "Reader", "PartialDate", "FactbookTable", "FactbookReader", "T0Id", "T1Id", "T0s", "\"\"", "T0", "Équipe", "Content",
            "All", "Object", "String", "Key", "Id", "Equals", "Provenance", "SupersededBy", "IsRetired", "RetirementReason", "ToString", "GetHashCode",
            "Count", "Get", "T0F0", "T0Kind", "T0Name", "T0RefAttribute", "System", "Global", "Test", "Consumer", "Uri", "Array", "Linq", "Attribute")),
        Spice(chaos, Gen.Const((string?)null), Gen.OneOf<string?>(
            "content", "things", "t0s", "t1s", "people", "items", "Bad Name", "\"\"", "a-b", "x_", "all", "places", "\"t0s\"", "[t0s]", "T0s", "t0s ",
            "equals", "to_string", "get_hash_code", "key", "id", "t0_id", "t0", "t1", "partial_date", "factbook_table", "factbook_reader", "by_f0", "by_name",
            "all_including_retired", "try_get", "count", "get", "system", "t0_f0", "t0_kind", "t0_ref_attribute", "reference_equals", "get_type")),
        Spice(chaos, Gen.Frequency((3, Gen.Const((string?)null)), (1, Text.SelectMany(text => Quoted(text, 0)).Select(text => (string?)text))), Gen.OneOf<string?>("[a, b]", "{a: b}", "~", "\"\\u202E\\n#if\"")),
        Spice(chaos, Gen.Const((string?)null), Gen.OneOf<string?>("f0", "nope", "[f0]", "f1", "~", "name")),
        Spice(chaos, Gen.Int[0, 4], Gen.Int[0, 6]).SelectMany(count => Enumerable.Range(0, count)
            .Select(i => Field(chaos, types, 0, i))
            .Aggregate(Gen.Const(Array.Empty<FieldSketch>()), (all, next) => Gen.Select(all, next, (list, field) => list.Append(field).ToArray()))),
        Spice(chaos, Gen.Frequency((4, Gen.Const((string?)null)), (1, Binding.Select(text => (string?)text))), Gen.Frequency((1, Gen.OneOf<string?>("plural: things", "key: id", "extends: T1", "fields2: {}", "abstract: true")), (2, OddBinding.Select(text => (string?)text)))),
        Spice(chaos, Gen.Const(false), Gen.Bool),
        (name, collection, description, display, fields, extra, noFields) => new TypeSketch(name, collection, description, display, fields, extra, noFields));

    /// <summary>
    /// The keys that bind existing YAML to a type, as a user writes them: the files (content files are written to
    /// d0/, d1/, d2/), their layout, where ids come from, the group field, what to do with extra fields, and
    /// member names; several lines of the type.
    /// </summary>
    private static readonly Gen<string> Binding = Gen.Select(
        Gen.Frequency(
            (6, Gen.OneOf("files: \"d0/*.yaml\"", "files: \"d*/*\"", "files: [\"d1/*.yaml\", \"d2/*.yml\"]", "files: \"d0/**\"")),
            (1, Gen.OneOf("in: T0\n    at: f0[]", "in: T0\n    at: f1[].f0{}", "in: T1\n    at: f0", "in: T0\n    at: f0[]\n    parent: holder", "in: T2\n    at: f2{}\n    id: { from: key }"))),
        Gen.OneOf(string.Empty, "layout: list", "layout: map", "layout: record", "layout: groups", "layout: collections"),
        Gen.OneOf(string.Empty, "id: { from: position }", "id: { from: path }", "id: { from: key }", "id: { from: field, field: f0 }", "id: { from: field, field: name }"),
        Gen.OneOf(string.Empty, string.Empty, "group: f0", "group: kind"),
        Gen.OneOf(string.Empty, "extra_fields: warn", "extra_fields: ignore", "extra_fields: error"),
        Gen.OneOf(string.Empty, string.Empty, "members: { e0: TheFirst }", "members: { \"E0\": Upper, nope: Nope }"),
        (files, layout, id, group, extra, members) => string.Join("\n    ", new[] { files, layout, id, group, extra, members }.Where(line => line.Length > 0)));

    /// <summary>The same keys written wrong.</summary>
    private static readonly Gen<string> OddBinding = Gen.OneOf(
        "files: \"../x/*.yaml\"", "files: []", "files: {a: b}", "files: \"/abs/*.yaml\"", "files: \"*a*a*a*a*a*a*a*a*a*a.yaml\"", "files: \"d0\\\\*.yaml\"",
        "layout: lists", "layout: [list]", "id: position", "id: { from: nowhere }", "id: { from: field }", "id: { from: key }", "id: { from: path }\n    layout: list",
        "group: f0", "group: nope", "extra_fields: maybe", "extra_fields: [warn]", "members: [a]", "members: { e0: lower }", "members: { e0: \"\\u202E\" }", "members: { e0: class }",
        "files: \"gem/**/*.yml\"", "files: \"d0/*.yaml\"\n    id: { from: path }",
        "in: T0", "at: f0[]", "in: Nope\n    at: f0[]", "in: T0\n    at: \"f0[].\"", "in: [T0]\n    at: f0[]", "in: T0\n    at: f0[]\n    parent: f0", "in: T0\n    at: f0[]\n    parent: id",
        "in: T0\n    at: f0[]\n    files: \"d0/*.yaml\"", "in: T0\n    at: f0[]\n    id: { from: path }", "in: T1\n    at: f0{}\n    id: { from: key }", "in: T0\n    at: \"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q\"");

    private static readonly Gen<SchemaSketch> Schemas = Gen.Select(Chaos, Gen.Int[1, 4]).SelectMany((chaos, types) =>
        Gen.Select(TypeSketches(chaos, types).Array[types], Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 3])), (sketches, split) => new SchemaSketch(sketches, split)));

    // ----- Content for a schema skeleton -----

    private static readonly Gen<string> OddId = Gen.OneOf(
        "all", "count", "get", "try_get", "to_string", "equals", "t0s", "e0_", "E0", "bad id", "1a", "e--0", "é", "\"\"", "~", "\"e0\\u202E\"", "[e0]", "e0 ",
        "'e1'", "t0_id", "t1_id", "by_f0", "by_name", "reference_equals", "all_including_retired", "get_type", "memberwise_clone", "finalize", "get_hash_code",
        "data", "total", "resolve", "at", "table", "fill", "ids", "e0-", "t0", "t1", "t0s", "e0-e1", "e0_e1", "e0e1", "e-0", "e_0", "class", "int", "object");

    private static Gen<string> Id(int chaos) => Spice(chaos, Gen.OneOf(Ids), OddId);

    private static Gen<string> Scalar(FieldSketch field, int chaos) =>
        Spice(chaos, ValidScalar(field.BaseType, field.Values), OddScalar).SelectMany(value => Quoted(value, chaos));

    /// <summary>A field's value as written after its key: on the same line, or as a block below at <paramref name="indent"/>.</summary>
    private static Gen<string> ValueFor(FieldSketch field, int indent, int chaos)
    {
        var pad = new string(' ', indent);
        var wrongShape = Gen.OneOf(" [a]", " {a: b}", " ~", " []", " [e0, e1]", " {}", " - a");
        Gen<string> single = field.BaseType == "object"
            ? Gen.Frequency(
                (3, Gen.Int[0, 1].SelectMany(_ => FieldsOf(field.Nested, indent + 2, inFlow: true, chaos)).Select(pairs => " { " + pairs + " }")),
                (3, Gen.Int[0, 1].SelectMany(_ => FieldsOf(field.Nested, indent, inFlow: false, chaos)).Select(lines => lines.Length == 0 ? " {}" : "\n" + lines)))
            : Scalar(field, chaos).Select(text => " " + text);
        if (!field.IsList)
        {
            return Spice(chaos, single, wrongShape);
        }

        var items = field.BaseType == "object"
            ? Gen.Int[0, 1].SelectMany(_ => FieldsOf(field.Nested, indent + 2, inFlow: true, chaos)).Select(pairs => "{ " + pairs + " }")
            : Scalar(field, chaos);
        return Spice(
            chaos,
            Gen.Frequency(
                (3, items.Array[0, 4].Select(list => " [" + string.Join(", ", list) + "]")),
                (2, items.Array[1, 4].Select(list => "\n" + string.Concat(list.Select(item => pad + "- " + item + "\n")).TrimEnd('\n')))),
            Gen.Frequency((1, single), (1, wrongShape)));
    }

    /// <summary>
    /// The fields with values (required ones always at chaos 0, optional ones now and then) plus, at chaos,
    /// one the type does not have; block lines at <paramref name="indent"/>, or pairs for a flow mapping.
    /// </summary>
    private static Gen<string> FieldsOf(FieldSketch[] fields, int indent, bool inFlow, int chaos)
    {
        var pad = new string(' ', indent);
        var present = fields.Select(field =>
            {
                var value = ValueFor(field, indent + 2, chaos).Select(text => (string?)(field.Name + ":" + text));
                var required = field.Optional is null or "false" && field.Default is null;
                return required && chaos == 0 ? value : Gen.Frequency((2, value), (1, Gen.Const((string?)null)));
            })
            .Aggregate(Gen.Const(Array.Empty<string?>()), (all, next) => Gen.Select(all, next, (list, item) => list.Append(item).ToArray()));
        var unknown = Spice(chaos, Gen.Const((string?)null), Gen.Select(Gen.OneOf("nope", "Name", "f9", "fields", "\"\\u202E\"", "id_", "F0"), ScalarText, (key, value) => (string?)(key + ": " + value)));
        return Gen.Select(present, unknown, (pairs, more) =>
        {
            var all = pairs.Append(more).Where(pair => pair is not null).ToList();
            return inFlow ? string.Join(", ", all) : string.Concat(all.Select(pair => pad + pair + "\n")).TrimEnd('\n');
        });
    }

    private static Gen<string> Retired(int chaos) => Spice(
        chaos,
        Gen.Frequency(
            (3, Gen.OneOf("true", "false", "a reason", "\"\\u202E reason\\n\"", "'it''s old'")),
            (2, Gen.Select(Gen.OneOf("", "reason: old, ", "reason: \"\\t#\", "), Id(chaos), (reason, id) => "{ " + reason + "superseded_by: " + id + " }"))),
        Gen.OneOf("yes", "No", "[]", "[a]", "{reason: [x]}", "{why: x}", "~", "{superseded_by: {a: b}}", "{reason: ~, superseded_by: ~}", "{}", "\"true\"", "{superseded_by: nope}"));

    private static Gen<string> Entry(SchemaSketch schema, int type, int chaos)
    {
        var fields = schema.Types[type].Fields;
        var id = Spice(chaos, Id(chaos).Select(value => "id: " + value), Gen.OneOf("id:", "id: [e0]", "id: {a: b}", "ID: e0"));
        var retired = Gen.Frequency((8, Gen.Const(string.Empty)), (1, Retired(chaos).Select(value => "\n    retired: " + value)));
        return Gen.Select(id, FieldsOf(fields, 4, inFlow: false, chaos), retired, (idLine, body, retiredLine) =>
            "  - " + idLine + (body.Length > 0 ? "\n" + body : string.Empty) + retiredLine + "\n");
    }

    private static Gen<string> ContentFor(SchemaSketch schema, int chaos)
    {
        var collection = Spice(
            chaos,
            Gen.Int[0, schema.Types.Length - 1].SelectMany(type => Gen.Int[0, 1].SelectMany(_ => Entry(schema, type, chaos)).Array[0, 5].Select(entries => schema.CollectionOf(type) + ":\n" + string.Concat(entries))),
            Gen.Frequency(
                (3, Gen.Int[0, schema.Types.Length - 1].SelectMany(type => Gen.OneOf(":", ": ~", ": e0", ": { id: e0 }", ": []", ": [e0]").Select(rest => schema.CollectionOf(type) + rest + "\n"))),
                (1, Gen.OneOf("nope:\n  - id: e0\n", "T0:\n  - id: e0\n", "\"t0s \":\n", "types:\n  T0: {}\n", "- id: e0\n", "id: e0\nname: x\n"))));
        // Now and then a collection of hundreds of entries: tables are emitted in chunks of 128, and a file
        // with more than 200 problems has them capped.
        var bulk = Gen.Select(Gen.Int[0, schema.Types.Length - 1], Gen.Int[100, 400], Gen.Int[0, 2], (type, count, kind) =>
            schema.CollectionOf(type) + ":\n" + string.Concat(Enumerable.Range(0, count).Select(i =>
                "  - id: " + (kind == 2 ? "E" : "e") + i.ToString(CultureInfo.InvariantCulture) + "\n" +
                (kind == 0 ? string.Concat(schema.Types[type].Fields.Where(field => field.BaseType == "string" && !field.IsList).Select(field => "    " + field.Name + ": \"x" + i.ToString(CultureInfo.InvariantCulture) + "\"\n")) : string.Empty))));
        return Gen.Frequency((30, Spice(chaos, collection.Array[1, 3], collection.Array[0, 3]).Select(string.Concat)), (1, Gen.Select(bulk, collection.Array[0, 2], (many, others) => many + string.Concat(others))));
    }

    // ----- Cases -----

    private static Gen<string> Sometimes(Gen<string> text, int chaos) =>
        Spice(chaos, text, Gen.Frequency((3, Mutated(text)), (1, Noise)));

    private static readonly Gen<ParseLimits> Limits = Gen.Frequency(
        (8, Gen.Const(ParseLimits.Default)),
        (1, Gen.Select(Gen.Int[1, 8], Gen.Int[1, 600], Gen.Int[1, 60], (depth, file, scalar) => new ParseLimits(depth, file, scalar))));

    private static readonly Gen<string> ContentName = Gen.Frequency(
        (6, Gen.OneOf("c", "t0s", "places", "content", "things", "T0", "t0s.schema", "odd name")),
        (1, Gen.OneOf("ünï cödé", "a:b", "a;b", "\u202Ertl", "a\\b", ".", "..", "t0s.YAML", "x.yaml")));

    /// <summary>Where files are: mostly in the project's content folder, now and then beside the project or on another drive.</summary>
    private static readonly Gen<string> Folder = Gen.Frequency(
        (12, Gen.Const("/project/content/")),
        (1, Gen.OneOf("/project/", "/elsewhere/", "C:\\p\\content\\", "/project/content/ä ö/", "/project/../project/content/", "relative/", "")));

    private static ContentFile[] Named(string[] schemas, string[] contents, string[] names, string folder) =>
        schemas.Select((text, i) => new ContentFile(folder + "s" + i + (i == 1 ? ".schema.yml" : ".schema.yaml"), text))
            .Concat(contents.Select((text, i) => new ContentFile(folder + "d" + i + "/" + names[i % names.Length] + (i == 2 ? ".yml" : ".yaml"), text)))
            .ToArray();

    /// <summary>A schema skeleton with content written for it, each file kept, mutated, or replaced by noise.</summary>
    private static readonly Gen<ContentFile[]> Sketched = Gen.Select(Schemas, Chaos, Chaos).SelectMany((schema, contentChaos, fileChaos) =>
    {
        var schemaTexts = schema.Render()
            .Select(text => Sometimes(Gen.Const(text), fileChaos))
            .Aggregate(Gen.Const(Array.Empty<string>()), (all, next) => Gen.Select(all, next, (list, text) => list.Append(text).ToArray()));
        return Gen.Select(schemaTexts, Sometimes(ContentFor(schema, contentChaos), fileChaos).Array[1, 3], ContentName.Array[3], Folder, Named);
    });

    /// <summary>The repository's own schema and content, as they are or mutated, now and then with a second schema file.</summary>
    private static readonly Gen<ContentFile[]> Real = Gen.Select(
        Gen.Frequency((2, Gen.Const(0)), (3, Gen.Const(1))).SelectMany(mutate => mutate == 0 ? Gen.Const(() => RealSchema) : Mutated(Gen.Const(() => RealSchema))),
        Gen.Frequency((6, Gen.Const((string?)null)), (1, Noise.Select(text => (string?)text))),
        Gen.Int[1, 31],
        Mutations.Array[0, 4].Array[5],
        (schema, second, pick, mutations) =>
        {
            var content = RealContent;
            var chosen = Enumerable.Range(0, content.Length).Where(i => (pick & (1 << (i % 5))) != 0).Take(3)
                .Select(i => content[i] with { Text = mutations[i % 5].Aggregate(content[i].Text, (text, mutation) => mutation.Apply(text)) });
            var schemas = second is null ? [new ContentFile("/project/content/article.schema.yaml", schema)] : new[] { new ContentFile("/project/content/article.schema.yaml", schema), new ContentFile("/project/content/more.schema.yaml", second) };
            return schemas.Concat(chosen).ToArray();
        });

    /// <summary>Nothing but noise, in schema and content files.</summary>
    private static readonly Gen<ContentFile[]> Noisy = Gen.Select(Noise.Array[1, 2], Noise.Array[1, 3], ContentName.Array[3], Folder, Named);

    /// <summary>The FactbookNamespace property: mostly the usual one, now and then a name C# gives a meaning of its own.</summary>
    private static readonly Gen<string> Namespaces = Gen.Frequency(
        (20, Gen.Const(GeneratorHarness.DefaultNamespace)),
        (1, Gen.OneOf(
            "", " ", "global", "System", "System.Linq", "Microsoft", "T0s", "T0", "Test.T0s", "Test.Content.T0", "Consumer", "FactbookTable", "PartialDate",
            "var", "record", "partial", "value", "dynamic", "async", "await", "file", "scoped", "required", "yield", "where", "nameof", "A.nameof",
            "__arglist", "__makeref", "__reftype", "__refvalue", "_", "A._", "Ab\u0301", " A.B ", "A..B", "1A", "class", "@class", "A.class", "ｆ")));

    private static readonly Gen<FuzzCase> Cases = Gen.Select(
        Gen.Frequency((6, Sketched), (2, Real), (2, Noisy)),
        Limits,
        Gen.Int[0, 7],
        Namespaces,
        Gen.Int[0, 4],
        Mutations.Array[1, 3])
        .Select((files, limits, compile, ns, edited, mutations) =>
            new FuzzCase(files, limits, compile == 0, ns, (edited, mutations.Aggregate(files[edited % files.Length].Text, (text, mutation) => mutation.Apply(text))), CheckOneFile: compile == 1));
}
