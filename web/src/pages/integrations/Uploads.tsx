import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  DropZone,
  FieldError,
  FileTrigger,
  Form,
  Input,
  Label,
  Text,
  TextField,
} from 'react-aria-components';
import {
  integrationsApi,
  templateQuery,
  UPLOAD_KINDS,
  uploadsQuery,
  type Upload,
  type UploadKind,
} from '../../api/integrations';
import { dateTime } from '../../format/dateTime';
import { count } from '../../format/format';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { downloadCsv } from '../../ui/csv';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import { humanise } from '../alerts/labels';
import { problemFields } from '../alerts/problems';
import { statusClass } from './Runs';

const ACCEPTED_TYPES = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** The kind's columns and formats from the API, and its CSV (header and example line). */
function Template({ kind }: { kind: UploadKind }) {
  const template = useQuery(templateQuery(kind));
  if (template.isPending) {
    return <LoadingRegion label="the template" lines={2} />;
  }
  if (template.isError) {
    return <ErrorPanel title="Could not load the template" error={template.error} />;
  }
  const { header, example, columns } = template.data;
  return (
    <details className="template">
      <summary>
        Columns of {humanise(kind)} files ({columns.filter((column) => column.required).length}{' '}
        required)
      </summary>
      <Button
        className="button"
        onPress={() => {
          downloadCsv(`${kind}-template.csv`, `${header}\r\n${example}\r\n`);
        }}
      >
        Download the {humanise(kind).toLowerCase()} template
      </Button>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Columns of ${kind}`}>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">Format</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">{column.name}</th>
                <td>{column.required ? 'yes' : 'no'}</td>
                <td className="wrap">{column.format}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** An upload's figures and, row by row, what was wrong with the rows not imported. */
export function UploadReport({ upload }: { upload: Upload }) {
  return (
    <section className="upload-report" aria-label={`Report of ${upload.fileName}`}>
      <p>
        <strong>{upload.fileName}</strong>{' '}
        <span className={statusClass(upload.status)}>{humanise(upload.status)}</span>:{' '}
        {count(upload.rows)} rows, {count(upload.imported)} imported, {count(upload.quarantined)}{' '}
        quarantined.
      </p>
      {upload.error !== null && <p className="change-down">{upload.error}</p>}
      {upload.report.length > 0 && (
        <>
          <Export
            label="Export the row errors as"
            fileName={`${upload.fileName}-errors`}
            header={['row', 'column', 'problem']}
            rows={() => upload.report.map((entry) => [entry.row, entry.column, entry.problem])}
          />
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={`Rows of ${upload.fileName} not imported`}
          >
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {upload.report.map((entry, index) => (
                  <tr key={`${String(entry.row)}-${entry.column ?? ''}-${String(index)}`}>
                    <td className="numeric">{entry.row}</td>
                    <td>{entry.column ?? 'whole row'}</td>
                    <td className="wrap">{entry.problem}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function UploadForm() {
  const client = useQueryClient();
  const [kind, setKind] = useState<UploadKind>('orders');
  const [file, setFile] = useState<File | undefined>();
  const [mapping, setMapping] = useState('');
  const upload = useMutation({
    mutationFn: ({ chosen, file: sent }: { chosen: UploadKind; file: File }) =>
      integrationsApi.upload(chosen, sent, mapping),
    onSuccess: () => client.invalidateQueries({ queryKey: ['integrations', 'uploads'] }),
  });
  const choose = (files: FileList | File[] | null) => {
    const first = files === null ? undefined : Array.from(files)[0];
    if (first !== undefined) {
      setFile(first);
      upload.reset();
    }
  };

  return (
    <>
      <Form
        className="upload-form"
        aria-label="Upload a file"
        validationErrors={problemFields(upload.error)}
        onSubmit={(event) => {
          event.preventDefault();
          if (file !== undefined) {
            upload.mutate({ chosen: kind, file });
          }
        }}
      >
        <Picker
          label="What the file holds"
          value={kind}
          options={UPLOAD_KINDS.map((id) => ({ id, label: humanise(id) }))}
          onChange={(value) => {
            setKind(value);
            upload.reset();
          }}
        />
        <DropZone
          className="drop-zone"
          aria-label="Drop a CSV or XLSX file here"
          onDrop={(event) => {
            const item = event.items.find((dropped) => dropped.kind === 'file');
            if (item?.kind === 'file') {
              void item.getFile().then((dropped) => {
                choose([dropped]);
              });
            }
          }}
        >
          <Text slot="label">
            {file === undefined
              ? 'Drop a CSV or XLSX file here (16 MB at most), or'
              : `Chosen: ${file.name}`}
          </Text>{' '}
          <FileTrigger acceptedFileTypes={ACCEPTED_TYPES} onSelect={choose}>
            <Button className="button">Choose a file</Button>
          </FileTrigger>
        </DropZone>
        <TextField
          className="field field-wide"
          name="mapping"
          value={mapping}
          onChange={setMapping}
        >
          <Label>Column names in your file (optional, JSON)</Label>
          <Input placeholder='{"order_id": "Order #"}' />
          <FieldError className="field-error" />
        </TextField>
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={file === undefined}
          isPending={upload.isPending}
        >
          Import
        </Button>
      </Form>
      <Template kind={kind} />
      {upload.isError && <ErrorPanel title="Nothing was imported" error={upload.error} />}
      {upload.isSuccess && <UploadReport upload={upload.data} />}
    </>
  );
}

/** File uploads: import with template and row-level errors (OPERATOR+), and the history. */
export function Uploads({ canWrite }: { canWrite: boolean }) {
  const uploads = useQuery(uploadsQuery());
  const [openId, setOpenId] = useState<string | undefined>();
  const list = uploads.data ?? [];
  const open = list.find((upload) => upload.id === openId);

  return (
    <>
      {canWrite && (
        <Card title="Import a file" wide>
          <UploadForm />
        </Card>
      )}
      <Card
        title="Uploads"
        wide
        actions={
          <Export
            fileName="uploads"
            header={[
              'id',
              'createdAt',
              'kind',
              'fileName',
              'source',
              'status',
              'rows',
              'imported',
              'quarantined',
              'error',
            ]}
            rows={() =>
              list.map((upload) => [
                upload.id,
                upload.createdAt,
                upload.kind,
                upload.fileName,
                upload.source,
                upload.status,
                upload.rows,
                upload.imported,
                upload.quarantined,
                upload.error,
              ])
            }
          />
        }
      >
        {!canWrite && <Template kind="orders" />}
        {uploads.isPending ? (
          <LoadingRegion label="uploads" lines={4} />
        ) : uploads.isError ? (
          <ErrorPanel
            title="Could not load the uploads"
            error={uploads.error}
            onRetry={() => void uploads.refetch()}
          />
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Past uploads">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">File</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="numeric">
                    Rows
                  </th>
                  <th scope="col" className="numeric">
                    Imported
                  </th>
                  <th scope="col" className="numeric">
                    Quarantined
                  </th>
                  <th scope="col">Errors</th>
                </tr>
              </thead>
              <tbody>
                {list.length === 0 && (
                  <tr>
                    <td colSpan={8} className="muted">
                      No upload yet.
                    </td>
                  </tr>
                )}
                {list.map((upload) => (
                  <tr key={upload.id}>
                    <td>{dateTime(upload.createdAt)}</td>
                    <th scope="row">
                      {upload.fileName}
                      {upload.source === 'mail' && <span className="muted"> (by mail)</span>}
                    </th>
                    <td>{humanise(upload.kind)}</td>
                    <td>
                      <span className={statusClass(upload.status)}>{humanise(upload.status)}</span>
                    </td>
                    <td className="numeric">{count(upload.rows)}</td>
                    <td className="numeric">{count(upload.imported)}</td>
                    <td className="numeric">{count(upload.quarantined)}</td>
                    <td>
                      {(upload.report.length > 0 || upload.error !== null) && (
                        <Button
                          className="button button-quiet"
                          onPress={() => {
                            setOpenId(upload.id === openId ? undefined : upload.id);
                          }}
                        >
                          {upload.id === openId ? 'Hide' : 'Show'}{' '}
                          <span className="visually-hidden">the errors of {upload.fileName}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {open !== undefined && <UploadReport upload={open} />}
      </Card>
    </>
  );
}
