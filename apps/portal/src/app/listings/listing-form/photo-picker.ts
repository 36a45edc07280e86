import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal } from '@angular/core';
import { type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LISTING_LIMITS } from '@extranet/domain/listings';
import { finalize } from 'rxjs';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import type { ApiError } from '../../shared/api-error';
import { ListingData, thumbnailUrl } from '../listing-data';
import { type PhotoGroup, photoGroup } from './listing-form-model';

export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The listing's photos: each uploaded at once (the API checks the file and makes a thumbnail),
 * then given a caption and a credit, which the rules require, in the listing's change.
 */
@Component({
  selector: 'app-photo-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ControlErrorPipe],
  template: `
    <p class="help">JPEG, PNG ou WebP, 10 Mo au plus. Indiquez pour chaque photo son auteur (crédit), obligatoire pour la publier.</p>
    @if (photos().length > 0) {
      <ul class="photos" role="list">
        @for (photo of photos().controls; track photo; let index = $index) {
          <li class="photo" [attr.data-photo]="index">
            <img [src]="thumbnail(photo.controls.id.value)" [alt]="photo.controls.caption.value || 'Photo ' + (index + 1)" width="200" height="150" />
            <div class="photo__fields">
              <mat-form-field>
                <mat-label>Légende de la photo {{ index + 1 }}</mat-label>
                <input matInput [formControl]="photo.controls.caption" />
                @if (photo.controls.caption.errors | controlError; as message) {
                  <mat-error>{{ message }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>Crédit de la photo {{ index + 1 }}</mat-label>
                <input matInput [formControl]="photo.controls.credit" required />
                <mat-hint>L’auteur&nbsp;: «&nbsp;© Jean Martin&nbsp;», «&nbsp;Office de tourisme&nbsp;».</mat-hint>
                @if (photo.controls.credit.errors | controlError; as message) {
                  <mat-error>{{ message }}</mat-error>
                }
              </mat-form-field>
              @if (photo.errors | controlError; as message) {
                <p class="field-error" role="alert">{{ message }}</p>
              }
              <button mat-button type="button" (click)="photos().removeAt(index)">Retirer la photo {{ index + 1 }}</button>
            </div>
          </li>
        }
      </ul>
    }
    @if (photos().errors | controlError; as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
    <input #file type="file" class="file-input" [accept]="accept" (change)="upload(file)" aria-label="Fichier de la photo" tabindex="-1" />
    @if (photos().length < limits.photos) {
      <button mat-stroked-button type="button" (click)="file.click()" [disabled]="uploading()">Ajouter une photo</button>
    }
    <div aria-live="polite" class="progress-slot">
      @if (uploading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Envoi de la photo" />
        <span class="visually-hidden">Envoi de la photo…</span>
      }
    </div>
    @if (uploadError(); as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
  `,
  styleUrl: './photo-picker.scss',
  styles: `
    .photos {
      display: grid;
      gap: 16px;
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .photo {
      align-items: start;
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .photo img {
      border-radius: 4px;
      height: 150px;
      object-fit: cover;
      width: 200px;
    }
    .photo__fields {
      flex: 1 1 260px;
    }
    .file-input {
      display: none;
    }
  `,
})
export class PhotoPicker {
  private readonly listings = inject(ListingData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly photos = input.required<FormArray<PhotoGroup>>();
  readonly organisationId = input.required<string>();

  protected readonly accept = PHOTO_TYPES;
  protected readonly limits = LISTING_LIMITS;
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly thumbnail = thumbnailUrl;

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // The same file may be chosen again after a refusal.
    input.value = '';
    if (!file || this.uploading()) {
      return;
    }
    this.uploadError.set(null);
    if (!PHOTO_TYPES.split(',').includes(file.type)) {
      this.uploadError.set('Choisissez une photo au format JPEG, PNG ou WebP.');
      return;
    }
    if (file.size > MAX_BYTES) {
      this.uploadError.set('La photo dépasse 10 Mo\u00a0: réduisez-la avant de l’envoyer.');
      return;
    }
    this.uploading.set(true);
    this.listings
      .uploadPhoto(this.organisationId(), file)
      .pipe(finalize(() => this.uploading.set(false)))
      .subscribe({
        next: (photo) => {
          this.photos().push(photoGroup({ id: photo.id, caption: '', credit: '' }));
          this.photos().markAsDirty();
          const index = this.photos().length - 1;
          // Next: its caption and credit.
          afterNextRender(
            { write: () => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-photo="${index}"] input`)?.focus() },
            { injector: this.injector },
          );
        },
        error: (error: ApiError) => this.uploadError.set(error.message),
      });
  }
}
