import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** A button that asks before doing something that cannot be undone. */
export function ConfirmDialog({
  label,
  title,
  body,
  confirm,
  onConfirm,
}: {
  label: ReactNode;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
}) {
  return (
    <DialogTrigger>
      <Button className="button button-quiet">{label}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-small">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <p>{body}</p>
                <div className="dialog-actions">
                  <Button className="button" onPress={close} autoFocus>
                    Cancel
                  </Button>
                  <Button
                    className="button button-danger"
                    onPress={() => {
                      onConfirm();
                      close();
                    }}
                  >
                    {confirm}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
