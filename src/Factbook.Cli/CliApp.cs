using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;

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
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        private static Command Check(TextWriter output, TextWriter error)
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Content folders or files; ./content when it exists, else the current folder. A file is checked with the other files of its content folder, the nearest folder above it with a schema file.",
                Arity = ArgumentArity.ZeroOrMore,
                DefaultValueFactory = _ => [DefaultFolder()],
            };
            var command = new Command("check", "Check YAML content; print each problem as the compiler would, and exit 1 if there is an error.") { paths };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var roots = ContentRoot.Resolve(parsed.GetValue(paths)!);
                var loaded = roots.Select(root => (Root: root, Content: Load(root))).ToList();
                var shown = loaded.SelectMany(pair => pair.Content.Diagnostics.Where(pair.Root.Reports)).ToList();
                foreach (var diagnostic in shown)
                {
                    output.WriteLine(diagnostic.ToString());
                }

                var errors = shown.Count(d => d.Definition.IsError);
                output.WriteLine(Checked(loaded) + ": " + Count(errors, "error", "errors") + ", " + Count(shown.Count - errors, "warning", "warnings"));
                return errors > 0 ? ContentErrors : Success;
            }));
            return command;
        }

        private static Command Schema(TextWriter output, TextWriter error)
        {
            var folder = FolderArgument();
            var target = new Option<string>("--output", "-o") { Description = "Where to write the schemas; <folder>/.schemas by default, where '$schema=.schemas/…' in a content file points." };
            var command = new Command("schema", "Write a JSON Schema per collection, content.schema.json for files with several, and schema-language.schema.json for schema files, for YAML editors.") { folder, target };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var root = ContentRoot.OfFolder(parsed.GetValue(folder)!);
                var loaded = Load(root);
                var directory = parsed.GetValue(target) ?? Path.Combine(root.Folder, ".schemas");
                var files = JsonSchemaExporter.Export(loaded.Schema, loaded.Content);
                Directory.CreateDirectory(directory);
                foreach (var (fileName, json) in files)
                {
                    var path = Path.Combine(directory, fileName).Replace('\\', '/');
                    File.WriteAllText(path, json);
                    output.WriteLine("wrote " + path);
                }

                return Report(loaded, error);
            }));
            return command;
        }

        private static Command List(TextWriter output, TextWriter error)
        {
            var folder = FolderArgument();
            var command = new Command("list", "Print each collection with its type and how many valid entries it has, retired ones apart as the generated Count leaves them out.") { folder };
            command.SetAction(parsed => Guarded(error, () =>
            {
                var loaded = Load(ContentRoot.OfFolder(parsed.GetValue(folder)!));
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

        private static LoadedContent Load(ContentRoot root) => ContentLoader.Load(root.ReadFiles(), ParseLimits.Default);

        /// <summary>Runs a command; what stops it (a bad path, a file it cannot read or write) becomes a message and exit 2.</summary>
        private static int Guarded(TextWriter error, Func<int> run)
        {
            try
            {
                return run();
            }
            catch (Exception e) when (e is CannotRunException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine(e.Message);
                return CannotRun;
            }
        }

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
