using System;
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
            var folder = FolderArgument();
            var command = new Command("check", "Check every YAML file under the folder; print each problem as the compiler would, and exit 1 if there is an error.") { folder };
            command.SetAction(parsed => WithContent(parsed.GetValue(folder)!, error, loaded =>
            {
                foreach (var diagnostic in loaded.Diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }

                var errors = loaded.Diagnostics.Count(d => d.Definition.IsError);
                output.WriteLine(Count(loaded.Content.Collections.Sum(c => c.Entries.Count), "entry", "entries") + " in " + Count(loaded.Content.Collections.Count, "collection", "collections") + ": " +
                    Count(errors, "error", "errors") + ", " + Count(loaded.Diagnostics.Count - errors, "warning", "warnings"));
                return errors > 0 ? ContentErrors : Success;
            }));
            return command;
        }

        private static Command Schema(TextWriter output, TextWriter error)
        {
            var folder = FolderArgument();
            var target = new Option<string>("--output", "-o") { Description = "Where to write the schemas.", DefaultValueFactory = _ => "schemas" };
            var command = new Command("schema", "Write a JSON Schema per collection, and content.schema.json for files with several, for YAML editors.") { folder, target };
            command.SetAction(parsed => WithContent(parsed.GetValue(folder)!, error, loaded =>
            {
                var directory = parsed.GetValue(target)!;
                Directory.CreateDirectory(directory);
                foreach (var (fileName, json) in JsonSchemaExporter.Export(loaded.Schema, loaded.Content))
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
            var command = new Command("list", "Print each collection with its type and how many valid entries it has.") { folder };
            command.SetAction(parsed => WithContent(parsed.GetValue(folder)!, error, loaded =>
            {
                foreach (var collection in loaded.Content.Collections)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{collection.Type.CollectionName} ({collection.Type.Name}): {collection.Entries.Count}"));
                }

                return Report(loaded, error);
            }));
            return command;
        }

        private static string Count(int count, string one, string many) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

        private static Argument<string> FolderArgument() => new("folder")
        {
            Description = "The content folder; ./content when it exists, else the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Directory.Exists("content") ? "content" : ".",
        };

        /// <summary>Loads every YAML file under <paramref name="folder"/>, in path order, and runs <paramref name="use"/>.</summary>
        private static int WithContent(string folder, TextWriter error, Func<LoadedContent, int> use)
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine("No folder '" + folder + "'.");
                return CannotRun;
            }

            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => path.Replace('\\', '/'))
                .Where(ParsedYamlFile.IsYamlPath)
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(path)));
            return use(ContentLoader.Load(files, ParseLimits.Default));
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
