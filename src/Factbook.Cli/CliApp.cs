using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Linq;
using Factbook.Cli.JsonSchemas;
using Factbook.Generator;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Model;
using Factbook.Generator.Parsing;

namespace Factbook.Cli
{
    /// <summary>
    /// The <c>factbook</c> command: checks content with exactly the generator's code and prints the same
    /// diagnostics in the compiler's form, lists collections, and writes JSON Schemas for editors.
    /// Exit codes: 0 fine, 1 content has errors, 2 the command could not run.
    /// </summary>
    internal static class CliApp
    {
        public const int Success = 0;
        public const int ContentErrors = 1;
        public const int CannotRun = 2;

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            var root = new RootCommand("Factbook: check YAML content with the generator's own rules, list it, and write JSON Schemas for editors.");
            root.Subcommands.Add(Check(output, error));
            root.Subcommands.Add(Schema(output, error));
            root.Subcommands.Add(List(output, error));
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                error.WriteLine(OneLine(string.Join(" ", parsed.Errors.Select(problem => problem.Message)) + " See 'factbook --help'."));
                return CannotRun;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }

        private static Command Check(TextWriter output, TextWriter error)
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "A project file (.csproj), or content folders or files. Without any: the project in the current folder when there is one, else ./content when it exists, else the current folder. A project is read as its build reads it (its AdditionalFiles, texts included, namespace, limits, framework and C# version). A file is checked with the other files of its content folder, the nearest folder above it with a schema file.",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var properties = PropertyOption();
            var texts = new Option<string[]>("--text")
            {
                Description = "A text file that a document names in a field of type file, as the build's AdditionalFiles give it: quotes and excerpts (verbatim_in) are checked against it. Without it they are not checked (FB0045).",
                Arity = ArgumentArity.ZeroOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
            var command = new Command("check", "Check YAML content; print each problem as the compiler would, and exit 1 if there is an error.") { paths, properties, texts };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var given = parsed.GetValue(paths) ?? Array.Empty<string>();
                var project = given.Length == 0 ? ProjectEvaluation.InFolder(".") : given.Length == 1 && ProjectEvaluation.IsProjectFile(given[0]) ? given[0] : null;
                if (project is not null)
                {
                    return CheckProject(ProjectEvaluation.Of(project), parsed.GetValue(properties), parsed.GetValue(texts), output, error);
                }

                if (given.Any(ProjectEvaluation.IsProjectFile))
                {
                    throw new CannotRunException("Give one project file on its own, or content folders and files without it.");
                }

                var roots = ContentRoot.Resolve(given.Length == 0 ? [DefaultFolder()] : given);
                var loaded = roots.Select(root => (Root: root, Content: Load(root, error, parsed.GetValue(properties), parsed.GetValue(texts)))).ToList();
                // The files asked about first, then the cap: a problem of a named file is never left out for others'.
                // Unread files named on their own each keep their FB0039 (folded among themselves only).
                var shown = UnmatchedPatterns.FoldUnreadFiles(loaded.SelectMany(pair => pair.Content.Diagnostics.Where(pair.Root.Reports))).ToList();
                foreach (var diagnostic in DiagnosticLimit.InAll(shown))
                {
                    output.WriteLine(diagnostic.ToString());
                }

                var errors = shown.Count(d => d.Definition.IsError);
                output.WriteLine(Checked(loaded) + ": " + Count(errors, "error", "errors") + ", " + Count(shown.Count - errors, "warning", "warnings"));
                error.WriteLine(WithoutProject(parsed.GetValue(texts)?.Length > 0));
                return errors > 0 ? ContentErrors : Success;
            }));
            return command;
        }

        /// <summary>What a check of folders cannot know, said once on the error stream, with how to check what the build checks.</summary>
        private static string WithoutProject(bool textsGiven) =>
            "note: no project was read, so the project's namespace, framework and C# version (FB0032, FB0038) were not checked" +
            (textsGiven ? string.Empty : ", and quotes only against texts given with --text") +
            "; run 'factbook check' in the project's folder, or give its .csproj, to check what its build checks.";

        /// <summary>A project's content, as its build reads it: its YAML AdditionalFiles, its other AdditionalFiles as texts, its properties.</summary>
        private static int CheckProject(ProjectEvaluation project, string[]? properties, string[]? textPaths, TextWriter output, TextWriter error)
        {
            var values = new Dictionary<string, string>(project.Properties.Where(pair => pair.Value.Length > 0).ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in ParseProperties(properties))
            {
                values[name] = value;
            }

            var yaml = project.AdditionalFiles.Where(ParsedYamlFile.IsYamlPath).OrderBy(path => path, StringComparer.Ordinal).ToList();
            if (yaml.Count == 0)
            {
                throw new CannotRunException("The project '" + project.ProjectFile + "' gives the build no YAML file among its AdditionalFiles; is the Factbook package referenced and restored, and is there content under '" + (values.TryGetValue("FactbookContentRoot", out var root) ? root : "content") + "'?");
            }

            var problems = new List<DiagnosticInfo>();
            var limits = ParseLimits.Read(name => values.TryGetValue(name, out var value) ? value : null, problems);
            problems.AddRange(new[] { ProjectNamespace.Choose(name => values.TryGetValue(name, out var value) ? value : null, values.TryGetValue("AssemblyName", out var assembly) ? assembly : null).Problem, ProjectProperties.LanguageProblem(values) }.OfType<DiagnosticInfo>());
            // Full paths in, so patterns with '../' reach beside the content whatever the current folder; paths as the user sees them out.
            var files = yaml.Select(path => (Path: Path.GetFullPath(path).Replace('\\', '/'), Text: ContentRoot.Read(path))).ToList();
            var texts = ReadTexts(project.AdditionalFiles.Where(path => !ParsedYamlFile.IsYamlPath(path)).Concat(textPaths ?? Array.Empty<string>()).ToArray(), limits);
            var loaded = ContentLoader.Load(files, limits, texts: texts, stringTables: ProjectProperties.StringTables(values));
            var shown = problems.Concat(loaded.Diagnostics).Select(diagnostic => diagnostic.Path.Length > 0 ? diagnostic with { Path = Shown(diagnostic.Path) } : diagnostic).ToList();
            foreach (var diagnostic in DiagnosticLimit.InAll(shown))
            {
                output.WriteLine(diagnostic.ToString());
            }

            var errors = shown.Count(d => d.Definition.IsError);
            var entries = loaded.Content.Collections.Sum(collection => collection.Entries.Count);
            output.WriteLine(Count(entries, "entry", "entries") + " in " + Count(loaded.Content.Collections.Count, "collection", "collections") + " of " + Shown(project.ProjectFile) + ": " + Count(errors, "error", "errors") + ", " + Count(shown.Count - errors, "warning", "warnings"));
            return errors > 0 ? ContentErrors : Success;
        }

        /// <summary>A path as the user sees it: relative to the current folder when it is below it.</summary>
        private static string Shown(string path)
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
            return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
        }

        private static Command Schema(TextWriter output, TextWriter error)
        {
            var folder = FolderArgument();
            var target = new Option<string>("--output", "-o") { Description = "Where to write the schemas; <folder>/.schemas by default, where '$schema=.schemas/…' in a content file points." };
            var properties = PropertyOption();
            var command = new Command("schema", "Write a JSON Schema per collection, content.schema.json for files with several, and schema-language.schema.json for schema files, for YAML editors.") { folder, target, properties };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var root = ContentRoot.OfFolder(parsed.GetValue(folder)!);
                var named = parsed.GetValue(target);
                var directory = named ?? Path.Combine(root.Folder, ".schemas");
                var loaded = Load(root, error, parsed.GetValue(properties));
                var files = JsonSchemaExporter.Export(loaded.Schema, loaded.Content)
                    .Select(file => (Path: Path.Combine(directory, file.FileName).Replace('\\', '/'), Json: file.Json))
                    .ToList();
                PrepareOutput(directory, followLink: named is not null, files.Select(file => file.Path));
                foreach (var (path, json) in files)
                {
                    try
                    {
                        File.WriteAllText(path, json);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new CannotRunException("Cannot write '" + path + "': " + e.Message);
                    }

                    output.WriteLine("wrote " + path);
                }

                return Report(loaded, error);
            }));
            return command;
        }

        private static Command List(TextWriter output, TextWriter error)
        {
            var folder = FolderArgument();
            var properties = PropertyOption();
            var command = new Command("list", "Print each collection with its type and how many valid entries it has, retired ones apart as the generated Count leaves them out.") { folder, properties };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var loaded = Load(ContentRoot.OfFolder(parsed.GetValue(folder)!), error, parsed.GetValue(properties));
                foreach (var collection in loaded.Content.Collections)
                {
                    var retired = collection.Entries.Count(entry => entry.Retirement is not null);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{collection.Type.CollectionName} ({collection.Type.Name}): {collection.Entries.Count - retired}") +
                        (retired > 0 ? string.Create(CultureInfo.InvariantCulture, $" (+{retired} retired)") : string.Empty));
                }

                return Report(loaded, error);
            }));
            return command;
        }

        private static string Count(int count, string one, string many) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

        /// <summary>What a check covered: the entries of whole folders, and the files named on their own.</summary>
        private static string Checked(IReadOnlyList<(ContentRoot Root, LoadedContent Content)> loaded)
        {
            var folders = loaded.Where(pair => pair.Root.NamedFiles is null).Select(pair => pair.Content.Content.Collections).ToList();
            var files = loaded.Sum(pair => pair.Root.NamedFiles?.Count ?? 0);
            var entries = folders.Sum(collections => collections.Sum(collection => collection.Entries.Count));
            var parts = new List<string>();
            if (folders.Count > 0)
            {
                parts.Add(Count(entries, "entry", "entries") + " in " + Count(folders.Sum(collections => collections.Count), "collection", "collections"));
            }

            if (files > 0)
            {
                parts.Add(Count(files, "file", "files"));
            }

            return string.Join(" and ", parts);
        }

        private static string DefaultFolder() => Directory.Exists("content") ? "content" : ".";

        private static Argument<string> FolderArgument() => new("folder")
        {
            Description = "The content folder; ./content when it exists, else the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultFolder(),
        };

        /// <summary>
        /// <c>-p FactbookMaxScalarChars=2000000</c>: the MSBuild properties a project sets for the generator, so
        /// the checker reads content with the same limits (and the same FB0033 for a bad value) as the build.
        /// </summary>
        private static Option<string[]> PropertyOption() => new("--property", "-p")
        {
            Description = "An MSBuild property the project sets, as Name=Value: the generator's limits (FactbookMaxDepth, FactbookMaxFileChars, FactbookMaxScalarChars), and TargetFramework and LangVersion, which decide whether tables are string constants (read from the nearest project file when not given).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        /// <summary>
        /// The files given with --text, each read once: a regular file that is not YAML (a YAML file is content,
        /// and a pipe or device could block or never end) and within the file size limit, or the command stops
        /// with one line.
        /// </summary>
        private static IReadOnlyList<SourceTextFile> ReadTexts(string[]? paths, ParseLimits limits)
        {
            var texts = new List<SourceTextFile>();
            foreach (var path in (paths ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal))
            {
                if (ParsedYamlFile.IsYamlPath(path))
                {
                    throw new CannotRunException("The text '" + path + "' is a YAML file, which is content: --text takes the file the quotes come from, such as source-article.txt.");
                }

                var type = FileTypes.Of(path, followLinks: true);
                if (type.Kind is not (FileKind.File or FileKind.Unknown))
                {
                    var why = type.Kind == FileKind.Missing && !File.Exists(path) && new FileInfo(path).LinkTarget is null ? "it does not exist" : NotA("regular file", path, type);
                    throw new CannotRunException("Cannot read the text '" + path + "': " + why + ".");
                }

                try
                {
                    var full = Path.GetFullPath(path).Replace('\\', '/');
                    if (texts.Any(text => text.Path == full))
                    {
                        continue;
                    }

                    // UTF-8 takes at most four bytes a character: past four bytes a character of the limit, the text
                    // is too large for certain, and is not read at all.
                    if (new FileInfo(path).Length > 4L * limits.MaxFileChars)
                    {
                        texts.Add(VerbatimCheck.Read(full, () => null, int.MaxValue, limits.MaxFileChars));
                        continue;
                    }

                    var text = Decode(File.ReadAllBytes(path));
                    texts.Add(VerbatimCheck.Read(full, () => text, text?.Length ?? 0, limits.MaxFileChars));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new CannotRunException("Cannot read the text '" + path + "': " + e.Message);
                }
            }

            return texts;
        }

        /// <summary>
        /// A text's bytes as a build reads an additional file: by its byte order mark, else as UTF-8 with U+FFFD for
        /// bytes that are not; null for a binary file, which the compiler refuses (CS2015).
        /// </summary>
        private static string? Decode(byte[] bytes)
        {
            // The compiler knows the byte order marks of UTF-8 and UTF-16 only (a UTF-32 one reads as NUL characters).
            var encoding = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? Encoding.Unicode
                : bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode
                : new UTF8Encoding(false);
            using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: false);
            var text = reader.ReadToEnd();
            text = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
            return text.Contains("\0\0", StringComparison.Ordinal) ? null : text;
        }

        private static LoadedContent Load(ContentRoot root, TextWriter warnings, string[]? properties, string[]? textPaths = null)
        {
            var values = ProjectProperties.With(ParseProperties(properties), root.Folder);
            var problems = new List<DiagnosticInfo>();
            var limits = ParseLimits.Read(name => values.TryGetValue(name, out var value) ? value : null, problems);
            var files = root.ReadFiles(warnings);
            var beside = root.FilesBeside(files, limits);
            if (beside.Count > 0)
            {
                // Full paths, so the schema's '../' patterns and the files they name agree; paths as the user sees them out.
                files = files.Select(file => (Path.GetFullPath(file.Path).Replace('\\', '/'), file.Text)).Concat(beside).ToList();
            }

            var loaded = ContentLoader.Load(files, limits, texts: ReadTexts(textPaths, limits), stringTables: ProjectProperties.StringTables(values), foldUnreadFiles: root.NamedFiles is null);
            var diagnostics = beside.Count == 0 ? loaded.Diagnostics : loaded.Diagnostics.Select(diagnostic => diagnostic.Path.Length > 0 ? diagnostic with { Path = Shown(diagnostic.Path) } : diagnostic).ToEquatableArray();
            return loaded with { Diagnostics = problems.Concat(diagnostics).ToEquatableArray() };
        }

        /// <summary>The <c>-p Name=Value</c> options, by name.</summary>
        private static Dictionary<string, string> ParseProperties(string[]? properties)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in properties ?? Array.Empty<string>())
            {
                var equals = property.IndexOf('=');
                if (equals <= 0)
                {
                    throw new CannotRunException("A property is written Name=Value, not '" + property + "'.");
                }

                values[property.Substring(0, equals).Trim()] = property.Substring(equals + 1);
            }

            return values;
        }

        /// <summary>
        /// Makes sure the schemas can be written before any is: the folder is a folder or can be made one, and
        /// each schema file is absent or a regular file. A link is written through only where the user named it
        /// with -o; the default folder and the files in it come with the content, and a link there could send
        /// the writing anywhere.
        /// </summary>
        private static void PrepareOutput(string directory, bool followLink, IEnumerable<string> files)
        {
            var type = FileTypes.Of(directory, followLinks: followLink);
            if (type.Kind == FileKind.Missing && FileTypes.Of(directory, followLinks: false).Kind == FileKind.Missing)
            {
                try
                {
                    Directory.CreateDirectory(directory);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new CannotRunException("Cannot create the folder '" + directory + "' for the schemas: " + e.Message);
                }

                return;
            }

            if (type.Kind != FileKind.Folder)
            {
                throw new CannotRunException("Cannot write the schemas to '" + directory + "': " + NotA("folder", directory, type) + ".");
            }

            foreach (var file in files)
            {
                var existing = FileTypes.Of(file, followLinks: false);
                if (existing.Kind is not (FileKind.File or FileKind.Missing))
                {
                    throw new CannotRunException("Cannot write '" + file + "': " + NotA("regular file", file, existing) + "; nothing was written.");
                }
            }
        }

        /// <summary>Why the path is not the <paramref name="expected"/> the command writes to.</summary>
        private static string NotA(string expected, string path, FileType type) => type.Kind switch
        {
            FileKind.File => "it is a file, not a " + expected,
            FileKind.Folder => "it is a folder, not a " + expected,
            FileKind.Link => "it is a link to '" + new FileInfo(path).LinkTarget + "', and the schemas are not written through links",
            FileKind.Missing => "it is a link to '" + new FileInfo(path).LinkTarget + "', which " + type.What,
            FileKind.Special => "it is " + type.What + ", not a " + expected,
            FileKind.Invalid => "it is not a valid path",
            _ => type.What.TrimEnd('.'),
        };

        /// <summary>
        /// Runs a command; whatever stops it (a bad path, a file it cannot read or write, even a bug) becomes one
        /// line on the error stream and exit 2, never a stack trace.
        /// </summary>
        private static int Guarded(TextWriter error, Func<int> run)
        {
            try
            {
                return run();
            }
            catch (Exception e) when (e is CannotRunException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine(OneLine(e.Message));
                return CannotRun;
            }
#pragma warning disable CA1031 // A tool run on anything ends with a line, not a stack trace; the type names the bug to report.
            catch (Exception e)
#pragma warning restore CA1031
            {
                error.WriteLine(OneLine("factbook stopped on an unexpected " + e.GetType().Name + ": " + e.Message + " Please report it."));
                return CannotRun;
            }
        }

        /// <summary>One line for the terminal: the same escaping as every diagnostic (controls, bidi, line separators).</summary>
        internal static string OneLine(string message) => MessageText.Escape(message.TrimEnd());

        /// <summary>For commands whose output is not the diagnostics: say on the error stream that there are some.</summary>
        private static int Report(LoadedContent loaded, TextWriter error)
        {
            if (!loaded.HasErrors)
            {
                return Success;
            }

            error.WriteLine("The content has errors; run 'factbook check' to see them.");
            return ContentErrors;
        }
    }
}
