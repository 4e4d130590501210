using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Parsing;

namespace Factbook.Cli
{
    /// <summary>
    /// A folder whose YAML files are loaded together, as one build would load them, and the files of it to
    /// report on: all of them when <see cref="NamedFiles"/> is null, else only those (full paths).
    /// </summary>
    internal sealed record ContentRoot(string Folder, IReadOnlyCollection<string>? NamedFiles)
    {
        /// <summary>
        /// The roots of the paths given on the command line. A folder is a root of its own; a file belongs to
        /// the nearest folder above it that holds a schema file, so references into other files resolve.
        /// </summary>
        public static IReadOnlyList<ContentRoot> Resolve(IEnumerable<string> paths)
        {
            var roots = new List<(string FullPath, ContentRoot Root)>();
            foreach (var path in paths)
            {
                ContentRoot root;
                if (Directory.Exists(path))
                {
                    root = new ContentRoot(path, null);
                }
                else if (File.Exists(path))
                {
                    if (!ParsedYamlFile.IsYamlPath(path))
                    {
                        throw new CannotRunException("'" + path + "' is not a YAML file (.yaml or .yml).");
                    }

                    root = new ContentRoot(FolderOf(path), new[] { Path.GetFullPath(path) });
                }
                else
                {
                    throw new CannotRunException("No file or folder '" + path + "'.");
                }

                var fullPath = Path.GetFullPath(root.Folder);
                var index = roots.FindIndex(known => known.FullPath == fullPath);
                if (index < 0)
                {
                    roots.Add((fullPath, root));
                }
                else
                {
                    roots[index] = (fullPath, roots[index].Root.With(root));
                }
            }

            return roots.Select(known => known.Root).ToList();
        }

        /// <summary>Only a folder: for commands about a whole content folder.</summary>
        public static ContentRoot OfFolder(string path) =>
            Directory.Exists(path) ? new ContentRoot(path, null)
            : throw new CannotRunException(File.Exists(path) ? "'" + path + "' is a file; give its content folder." : "No folder '" + path + "'.");

        /// <summary>
        /// Whether to report a problem: every one for a folder; for named files, theirs and those that concern
        /// every file, in a schema file or a missing schema.
        /// </summary>
        public bool Reports(DiagnosticInfo diagnostic) =>
            NamedFiles is null ||
            ParsedYamlFile.IsSchemaPath(diagnostic.Path) ||
            diagnostic.Id == FactbookDiagnostics.NoSchema.Id ||
            NamedFiles.Contains(Path.GetFullPath(diagnostic.Path));

        /// <summary>Every YAML file under the folder, in path order, with paths as the user wrote the folder.</summary>
        public IReadOnlyList<(string Path, string Text)> ReadFiles()
        {
            var files = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .Select(path => path.Replace('\\', '/'))
                .Where(ParsedYamlFile.IsYamlPath)
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new CannotRunException("No YAML files (.yaml or .yml) under '" + Folder + "'.");
            }

            return files.Select(path => (path, File.ReadAllText(path))).ToList();
        }

        /// <summary>The same folder named twice reports on everything either asks for.</summary>
        private ContentRoot With(ContentRoot other) =>
            NamedFiles is null || other.NamedFiles is null ? this with { NamedFiles = null } : this with { NamedFiles = NamedFiles.Union(other.NamedFiles).ToList() };

        /// <summary>
        /// The nearest folder at or above the file's that holds a schema file, else the file's own; written
        /// relative to the current folder when the file was, so reported paths look like the ones given.
        /// </summary>
        private static string FolderOf(string file)
        {
            var own = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var folder = own;
            while (folder is not null && !HoldsSchema(folder))
            {
                folder = Path.GetDirectoryName(folder);
            }

            folder ??= own;
            return Path.IsPathRooted(file) ? folder : Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        }

        /// <summary>A folder that cannot be read holds no schema that a build could see either.</summary>
        private static bool HoldsSchema(string folder)
        {
            try
            {
                return Directory.EnumerateFiles(folder).Any(ParsedYamlFile.IsSchemaPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
